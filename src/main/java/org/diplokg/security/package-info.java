/**
 * Shared kernel: write tokens, their scopes and hashes, and the caller a request acts as. The HTTP check
 * lives in {@code system}; this package depends on nothing of ours.
 */
package org.diplokg.security;
