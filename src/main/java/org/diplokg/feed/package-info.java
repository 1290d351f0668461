/**
 * Feature: following news feeds and sitemaps into the graph ({@code ingest --feed}, the feed scheduler,
 * {@code GET /api/feeds}). Sub-package {@code fetch} is the only network client: address guard, redirects,
 * size and time limits, robots.txt, per-host politeness. May use {@code extract}, {@code system},
 * {@code validation}, {@code store}.
 */
package org.diplokg.feed;
