/** The optional {@code /sparql} result cache: answers kept per dataset version, off by default. */
package org.diplokg.sparql.cache;
