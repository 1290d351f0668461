package org.diplokg.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.diplokg.graph.GraphElements;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.Element;
import org.diplokg.graph.GraphElements.NodeData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only route (on the test classpath only, never in the jar): a synthetic, seeded relationship
 * graph of any size in the explorer's JSON, so the browser tests and the explorer benchmark can open
 * {@code /graph?elements=/test-fixtures/synthetic-graph?nodes=5000%26edges=20000} on the real page.
 * Nodes fall into clusters (country-centred communities) with mostly intra-cluster edges, a few hubs,
 * and every node category and edge kind, like a large DiploKG neighbourhood.
 */
@RestController
public class SyntheticGraphFixture {

    public static final String PREFIX = "https://w3id.org/diplokg/id/synthetic/n";
    private static final String[] CATEGORIES = {
        "Country", "Person", "Person", "Person", "Organization", "Organization", "Mission", "Event", "Event", "Other"
    };
    private static final String[] KINDS = {
        "relation", "holds", "memberOf", "metWith", "accreditedTo", "participant", "participant"
    };
    private static final String[] LEVELS = {
        "SpecialRelationship",
        "ComprehensiveStrategicPartnership",
        "StrategicPartnership",
        "ExtensiveStrategicPartnership",
        "ComprehensivePartnership"
    };

    @GetMapping(path = "/test-fixtures/synthetic-graph", produces = "application/json")
    public GraphElements graph(
            @RequestParam(defaultValue = "5000") int nodes,
            @RequestParam(defaultValue = "20000") int edges,
            @RequestParam(defaultValue = "9") long seed) {
        return generate(Math.min(nodes, 50_000), Math.min(edges, 200_000), seed);
    }

    public static GraphElements generate(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        int clusters = Math.max(1, nodeCount / 100);
        List<Element<NodeData>> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            String category = i < clusters ? "Country" : CATEGORIES[random.nextInt(CATEGORIES.length)];
            String label = category.charAt(0) + "-" + i;
            nodes.add(new Element<>(new NodeData(
                    PREFIX + i,
                    label,
                    label,
                    "Synthetic " + category.toLowerCase() + " " + i,
                    category,
                    List.of(category))));
        }
        List<Element<EdgeData>> edgeList = new ArrayList<>(edgeCount);
        Set<Long> seen = new HashSet<>();
        // cluster c holds nodes i with i % clusters == c; node c (< clusters) is its country hub
        long guard = 0;
        while (edgeList.size() < edgeCount && guard++ < 50L * edgeCount) {
            int a;
            int b;
            double r = random.nextDouble();
            if (r < 0.04 && clusters > 1) { // country-to-country partnerships and relations
                a = random.nextInt(clusters);
                b = random.nextInt(clusters);
            } else {
                a = random.nextInt(nodeCount);
                int cluster = a % clusters;
                if (r < 0.25) {
                    b = cluster; // to the cluster's hub
                } else if (r < 0.93) {
                    int members = (nodeCount - 1 - cluster) / clusters + 1;
                    b = cluster + clusters * random.nextInt(members);
                } else {
                    b = random.nextInt(nodeCount); // long-range edge
                }
            }
            if (a == b || !seen.add(Math.min(a, b) * (long) nodeCount + Math.max(a, b))) {
                continue;
            }
            String kind;
            String level = null;
            if (a < clusters && b < clusters) {
                kind = random.nextBoolean() ? "partnership" : "relation";
                level = "partnership".equals(kind) ? LEVELS[random.nextInt(LEVELS.length)] : null;
            } else {
                kind = KINDS[random.nextInt(KINDS.length)];
            }
            int weight = "metWith".equals(kind) ? 1 + random.nextInt(5) : 1;
            int n = edgeList.size();
            edgeList.add(new Element<>(new EdgeData(
                    "s" + n,
                    PREFIX + a,
                    PREFIX + b,
                    kind,
                    level,
                    1990 + random.nextInt(35) + "-01-01",
                    null,
                    null,
                    weight)));
        }
        return new GraphElements(nodes, edgeList, false);
    }
}
