package org.diplokg.store;

import java.time.Duration;

/** What a load added, for logs and the CLI. */
public record LoadReport(int files, long quads, Duration elapsed) {}
