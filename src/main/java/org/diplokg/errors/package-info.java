/**
 * Shared kernel: {@link org.diplokg.errors.DomainException}, the one way a service refuses a request
 * without knowing about HTTP; {@code system} maps it to problem+json, the CLI prints its message.
 * Depends on nothing of ours.
 */
package org.diplokg.errors;
