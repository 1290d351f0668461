/**
 * Shared kernel: limits that keep hostile input harmless (nesting depth, string size, UTF-8, remote
 * JSON-LD contexts, regex time-outs, security headers, CORS) and the container's error page. Used by the
 * store, the protocol and {@code system}; depends on nothing of ours.
 */
package org.diplokg.hardening;
