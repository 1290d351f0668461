package org.diplokg.audit;

import static org.diplokg.store.Bindings.text;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.diplokg.security.Scope;
import org.diplokg.store.Bindings;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.diplokg.system.ApiAccess;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit?limit=&offset=}: the audit trail, newest first, for holders of the {@code admin} scope. */
@RestController
public class AuditController {

    private final KnowledgeStore store;
    private final AuditTrail trail;
    private final WriteAuthorizer authorizer;
    private final Query entries = SparqlFiles.query("queries/audit/entries.rq");

    public AuditController(KnowledgeStore store, AuditTrail trail, WriteAuthorizer authorizer) {
        this.store = store;
        this.trail = trail;
        this.authorizer = authorizer;
    }

    /** The page asked for. */
    public record Page(int limit, int offset, List<AuditEntry> entries) {}

    @GetMapping(path = "/api/audit", produces = "application/json")
    public Page list(
            HttpServletRequest request,
            @RequestParam(defaultValue = "50") String limit,
            @RequestParam(defaultValue = "0") String offset) {
        ApiAccess.check(authorizer, request, Scope.ADMIN);
        int l = ApiAccess.number("limit", limit, 1, 1000);
        int o = ApiAccess.number("offset", offset, 0, Integer.MAX_VALUE);
        Query q = SparqlFiles.bind(entries, Map.of("auditGraph", trail.graph()));
        q.setLimit(l);
        q.setOffset(o);
        QueryOutcome.Select rows = (QueryOutcome.Select) store.query(q, QueryOptions.of(Duration.ofSeconds(30), l));
        return new Page(
                l,
                o,
                rows.rows().stream()
                        .map(b -> new AuditEntry(
                                text(b, "entry"),
                                text(b, "who"),
                                text(b, "at"),
                                text(b, "method"),
                                text(b, "endpoint"),
                                (int) Bindings.number(b, "status"),
                                Bindings.number(b, "added"),
                                Bindings.number(b, "removed"),
                                text(b, "graphs") == null || text(b, "graphs").isEmpty()
                                        ? List.of()
                                        : Arrays.asList(text(b, "graphs").split(" "))))
                        .toList());
    }
}
