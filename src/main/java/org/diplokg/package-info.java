/**
 * DiploKG: a knowledge graph of diplomatic relations. Packages are by feature; dependencies point one way:
 * {@code cli} and features → {@code sparql} → {@code system} → {@code validation} → {@code store}, with
 * {@code text}, {@code ontology}, {@code hardening}, {@code security} and {@code errors} as shared kernels and
 * {@code config} wiring everything while nothing imports it. Every other top-level package is a feature. {@code org.diplokg.architecture.ArchitectureTest} enforces this.
 */
package org.diplokg;
