/**
 * Shared kernel: the ontology and shapes files, the vocabulary and the IRI policy every package mints
 * IRIs with. Depends on nothing of ours, so every package may use it.
 */
package org.diplokg.ontology;
