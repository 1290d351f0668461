package org.diplokg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Scores extractions against the hand-checked gold lists (data/annotations/gold/*.json): per fact
 * type, facts are compared as sets per article (persons with posts as person+post IRI pairs,
 * countries by ISO code, partnership levels as country+level, event dates, document numbers,
 * figure values, organisation IRIs) and counts are summed over articles (micro-average).
 */
public final class Evaluation {

    public static final List<String> TYPES = List.of("personsWithPosts", "countries", "partnershipLevels", "eventDates",
            "policyDocuments", "figures", "organizations");

    /** Scores of one fact type, with what was missed and what was wrongly found, per article. */
    public static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        final List<String> misses = new ArrayList<>();
        final List<String> falseHits = new ArrayList<>();

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public List<String> misses() {
            return misses;
        }

        public List<String> falseHits() {
            return falseHits;
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();

    public Evaluation() {
        TYPES.forEach(t -> scores.put(t, new Score()));
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public void add(String article, JsonNode gold, ArticleExtraction x) {
        compare(article, "personsWithPosts", values(gold, "personsWithPosts", n -> n.get("person").asString() + " " + n.get("post").asString()),
                set(x.personPosts().stream().map(p -> p.personIri() + " " + p.post().iri()).toList()));
        compare(article, "countries", values(gold, "countries", JsonNode::asString),
                set(x.countries().stream().map(c -> c.entry().code()).toList()));
        compare(article, "partnershipLevels", values(gold, "partnershipLevels", n -> n.get("country").asString() + " " + local(n.get("level").asString())),
                set(x.partnerships().stream().map(p -> p.countryCode() + " " + local(p.level())).toList()));
        compare(article, "eventDates", values(gold, "eventDates", n -> n.get("date").asString()),
                set(x.events().stream().filter(e -> e.date().resolved()).map(e -> e.date().lexical()).toList()));
        compare(article, "policyDocuments", values(gold, "policyDocuments", n -> n.get("number").asString().toUpperCase(Locale.ROOT)),
                set(x.documents().stream().map(d -> d.number().toUpperCase(Locale.ROOT)).toList()));
        compare(article, "figures", values(gold, "figures", n -> plain(n.get("value").decimalValue())),
                set(x.figures().stream().map(f -> plain(f.value())).toList()));
        compare(article, "organizations", values(gold, "organizations", JsonNode::asString),
                set(x.organizations().stream().map(o -> o.entry().iri()).toList()));
    }

    private void compare(String article, String type, Set<String> gold, Set<String> found) {
        if (type.equals("eventDates")) {
            found = coarsen(gold, found);
        }
        Score s = scores.get(type);
        for (String g : gold) {
            if (found.contains(g)) {
                s.truePositives++;
            } else {
                s.falseNegatives++;
                s.misses.add(article + ": " + g);
            }
        }
        for (String f : found) {
            if (!gold.contains(f)) {
                s.falsePositives++;
                s.falseHits.add(article + ": " + f);
            }
        }
    }

    /** An event date more precise than the gold one but within it (2018-08-12 for gold 2018-08) counts as that gold date. */
    private static Set<String> coarsen(Set<String> gold, Set<String> found) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : found) {
            out.add(gold.contains(f) ? f : gold.stream().filter(g -> f.startsWith(g + "-")).findFirst().orElse(f));
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }

    private static Set<String> values(JsonNode gold, String field, java.util.function.Function<JsonNode, String> key) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode array = gold.get(field);
        if (array != null) {
            array.forEach(n -> out.add(key.apply(n)));
        }
        return out;
    }
}
