package org.diplokg.bulkload;

import java.time.Duration;
import java.util.List;
import org.diplokg.validation.Violation;

/** What a bulk load did: quads kept (none when refused), time spent loading and validating, and any violations. */
public record BulkLoadReport(
        long quads, Duration loading, Duration validating, Duration statistics, List<Violation> violations) {

    public boolean refused() {
        return !violations.isEmpty();
    }
}
