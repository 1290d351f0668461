/**
 * The knowledge store: one interface over an embedded TDB2 database or a remote SPARQL engine, atomic
 * validated writes, the change log and its own settings and query-file loader. The bottom layer: it
 * depends on nothing of ours, so that either store can be used and tested alone.
 */
package org.diplokg.store;
