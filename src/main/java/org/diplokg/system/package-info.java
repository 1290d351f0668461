/**
 * Cross-cutting HTTP concerns: the exceptions the JSON API and the SPARQL endpoints answer with, their
 * mapping to problem+json or plain text (including services' {@link org.diplokg.errors.DomainException}),
 * write authorisation and the API's token check, request-size and access-log filters. May use
 * {@code validation}, {@code store} and the kernels; never the protocol or a feature (it names the packages
 * it serves by string).
 */
package org.diplokg.system;
