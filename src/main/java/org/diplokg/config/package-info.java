/**
 * Wiring only: picks the store implementation and builds beans that need settings of another package.
 * May use any package; nothing imports it (ArchitectureTest). Settings records live in the package
 * they configure, not here.
 */
package org.diplokg.config;
