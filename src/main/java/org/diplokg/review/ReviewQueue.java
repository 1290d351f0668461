package org.diplokg.review;

import static org.diplokg.store.Bindings.text;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Service;

/**
 * The review queue, read from the store each time: claims under the confidence threshold or in conflict with
 * another source ({@code queries/review/claims.rq}), one item per fact and source graph, with the decision the
 * review graph holds for it ({@code decisions.rq}). Only the page asked for gets its sentences.
 */
@Service
public class ReviewQueue {

    public static final List<String> STATUSES = List.of("open", "accepted", "rejected", "corrected", "all");
    private static final String DK = "https://w3id.org/diplokg/ontology#";

    private final KnowledgeStore store;
    private final Node reviewGraph;
    private final Node threshold;
    private final Query claims = SparqlFiles.query("queries/review/claims.rq");
    private final Query decisions = SparqlFiles.query("queries/review/decisions.rq");
    private final Query article = SparqlFiles.query("queries/review/article.rq");

    public ReviewQueue(KnowledgeStore store, ReviewProperties properties, IriPolicy iris) {
        this.store = store;
        this.reviewGraph = NodeFactory.createURI(iris.graph("review"));
        BigDecimal t = properties.threshold();
        this.threshold = NodeFactory.createLiteralDT(t.toPlainString(), XSDDatatype.XSDdecimal);
    }

    public Node reviewGraph() {
        return reviewGraph;
    }

    /** One page of the queue for a status, with the total number of items of that status. */
    public record Page(String status, int limit, int offset, int total, List<ReviewItem> items) {}

    public Page list(String status, int limit, int offset) {
        List<ReviewItem> matching = all().stream()
                .filter(i -> "all".equals(status) || i.status().equals(status))
                .toList();
        List<ReviewItem> page =
                matching.stream().skip(offset).limit(limit).map(this::withText).toList();
        return new Page(status, limit, offset, matching.size(), page);
    }

    public Optional<ReviewItem> find(String id) {
        return all().stream().filter(i -> i.id().equals(id)).findFirst().map(this::withText);
    }

    /** The item id of a fact as one source graph states it: the same after the article is ingested again. */
    public static String id(String fact, String graph) {
        return org.diplokg.security.TokenHash.hex(fact + "\n" + graph).substring(0, 16);
    }

    private List<ReviewItem> all() {
        Map<String, ReviewItem.Decision> decided = new HashMap<>();
        for (Binding b : select(SparqlFiles.bind(decisions, Map.of("reviewGraph", reviewGraph)))) {
            String outcome = text(b, "outcome");
            decided.put(
                    text(b, "item"),
                    new ReviewItem.Decision(
                            text(b, "decision"),
                            outcome.substring(outcome.indexOf('#') + 1).toLowerCase(java.util.Locale.ROOT),
                            text(b, "who"),
                            text(b, "at"),
                            text(b, "comment")));
        }
        Map<String, Builder> items = new LinkedHashMap<>();
        for (Binding b : select(SparqlFiles.bind(claims, Map.of("reviewGraph", reviewGraph, "threshold", threshold)))) {
            String fact = text(b, "fact");
            String graph = text(b, "graph");
            items.computeIfAbsent(id(fact, graph), k -> new Builder(k, fact, graph))
                    .add(b);
        }
        List<ReviewItem> out = new ArrayList<>();
        items.values().forEach(x -> out.add(x.build(decided.get(x.id))));
        out.sort(Comparator.comparing(
                        (ReviewItem i) -> i.confidence() == null ? BigDecimal.TEN : new BigDecimal(i.confidence()))
                .thenComparing(ReviewItem::id));
        return out;
    }

    private ReviewItem withText(ReviewItem item) {
        List<Binding> rows =
                select(SparqlFiles.bind(article, Map.of("article", NodeFactory.createURI(item.article()))));
        Binding b = rows.isEmpty() ? null : rows.getFirst();
        String body = b == null ? null : text(b, "text");
        return item.withText(
                b == null ? null : text(b, "title"),
                b == null ? null : text(b, "url"),
                SentenceSpan.of(body, item.evidence().start(), item.evidence().end()));
    }

    private List<Binding> select(Query q) {
        return store.select(q, QueryOptions.of(Duration.ofSeconds(60), 1_000_000));
    }

    /** Rows of one (fact, graph) merged: the weakest evidence, every reason, every competing value. */
    private static final class Builder {
        final String id;
        final String fact;
        final String graph;
        final Set<String> reasons = new LinkedHashSet<>();
        final Set<ReviewItem.OtherValue> others = new LinkedHashSet<>();
        Binding weakest;
        String property;
        String value;

        Builder(String id, String fact, String graph) {
            this.id = id;
            this.fact = fact;
            this.graph = graph;
        }

        void add(Binding b) {
            reasons.add(text(b, "reason"));
            if (text(b, "property") != null) {
                property = text(b, "property");
                value = text(b, "value");
                others.add(new ReviewItem.OtherValue(text(b, "otherValue"), text(b, "otherGraph")));
            }
            if (weakest == null
                    || confidence(b).compareTo(confidence(weakest)) < 0
                    || (confidence(b).compareTo(confidence(weakest)) == 0 && order(b).compareTo(order(weakest)) < 0)) {
                weakest = b;
            }
        }

        private static BigDecimal confidence(Binding b) {
            String c = text(b, "confidence");
            return c == null ? BigDecimal.TEN : new BigDecimal(c);
        }

        private static String order(Binding b) {
            return text(b, "article") + " " + text(b, "start");
        }

        ReviewItem build(ReviewItem.Decision decision) {
            Integer start = text(weakest, "start") == null ? null : Integer.valueOf(text(weakest, "start"));
            Integer end = text(weakest, "end") == null ? null : Integer.valueOf(text(weakest, "end"));
            return new ReviewItem(
                    id,
                    fact,
                    graph,
                    text(weakest, "article"),
                    null,
                    null,
                    List.copyOf(reasons),
                    text(weakest, "confidence"),
                    text(weakest, "rule"),
                    property,
                    value,
                    List.copyOf(others),
                    new ReviewItem.Evidence(start, end, null, null, null),
                    decision == null ? "open" : decision.outcome(),
                    decision);
        }
    }

    static Node dk(String local) {
        return NodeFactory.createURI(DK + local);
    }
}
