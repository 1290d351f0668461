package org.diplokg.audit;

import java.util.List;

/** One recorded write, as {@code GET /api/audit} lists it. */
public record AuditEntry(
        String id,
        String who,
        String at,
        String method,
        String endpoint,
        int status,
        long triplesAdded,
        long triplesRemoved,
        List<String> graphs) {}
