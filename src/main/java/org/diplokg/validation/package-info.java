/**
 * SHACL validation of every write against {@code ontology/shapes.ttl}, plugged into the store as its
 * {@link org.diplokg.store.ChangeValidator}; the exception listing every violation. May use {@code store}
 * and the shared kernels only.
 */
package org.diplokg.validation;
