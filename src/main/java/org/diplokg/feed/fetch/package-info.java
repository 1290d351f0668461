/**
 * The feed package's only network client: address guard (allow-listed hosts only), redirects, size and
 * time limits, robots.txt and per-host politeness.
 */
package org.diplokg.feed.fetch;
