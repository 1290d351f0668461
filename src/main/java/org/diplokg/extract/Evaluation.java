package org.diplokg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Scores extractions against hand-checked gold lists (seed gold in data/annotations/gold, the
 * development set in data/devset): per fact type, facts are compared as sets per article and counts
 * are summed over articles (micro-average). Persons are compared by folded name (case and
 * diacritics ignored, honorifics not: "Samdech Hun Sen" is not the name "Hun Sen"), so a new person
 * the gazetteer does not know scores as well as a known one; a gold person's {@code aliases} (a
 * bare surname, a transliteration) count as that person. A fact type absent from an article's gold
 * list is not scored for that article: older gold lists stay valid as the format grows.
 * The format is documented in docs/extraction.md.
 */
public final class Evaluation {

    public static final List<String> TYPES = List.of(
            "persons",
            "personTitles",
            "countries",
            "events",
            "partnershipLevels",
            "relations",
            "postings",
            "personsWithPosts",
            "eventDates",
            "policyDocuments",
            "figures",
            "organizations");

    /** Posts whose holder is accredited to a state (the post's mission names the receiving state). */

    /** Types whose keys end in a date that a more precise found date may match. */
    private static final Set<String> DATED = Set.of("eventDates", "events", "relations");

    /** Scores of one fact type, with what was missed and what was wrongly found, per article. */
    public static final class Score {
        int articles;
        int truePositives;
        int falsePositives;
        int falseNegatives;
        final List<String> misses = new ArrayList<>();
        final List<String> falseHits = new ArrayList<>();

        /** How many articles' gold lists annotate this type. */
        public int articles() {
            return articles;
        }

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
            return truePositives + falsePositives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final boolean teasers;

    public Evaluation() {
        this(true);
    }

    /**
     * @param teasers whether facts the gold list marks {@code teaser} (stated only by a linked story's
     *     headline or summary) are scored; without them such a fact is neither a miss nor a false hit
     */
    public Evaluation(boolean teasers) {
        this.teasers = teasers;
        TYPES.forEach(t -> scores.put(t, new Score()));
    }

    public Map<String, Score> scores() {
        return scores;
    }

    public void add(String article, JsonNode gold, ArticleExtraction x) {
        if (!teasers) {
            x = TeaserMarking.withoutTeasers(x);
        }
        Map<String, String> aliases = aliases(gold);
        TypeScoring score = (type, goldKey, found) ->
                compare(article, gold, type, goldKey, found.collect(Collectors.toCollection(LinkedHashSet::new)));
        score.type(
                "persons",
                n -> name(n.get("name").asString()),
                Stream.of(
                                x.persons().stream().map(Facts.PersonMention::name),
                                x.personPosts().stream().map(Facts.PersonPost::name),
                                x.spouses().stream().map(Facts.Spouse::name))
                        .flatMap(names -> names)
                        .map(n -> person(n, aliases)));
        score.type(
                "personTitles",
                n -> name(n.get("person").asString()) + " | "
                        + local(n.get("post").asString()),
                x.personPosts().stream()
                        .map(p -> person(p.name(), aliases) + " | "
                                + local(p.post().iri())));
        score.type(
                "countries",
                n -> n.isString() ? n.asString() : n.get("code").asString(),
                x.countries().stream().map(c -> c.entry().code()));
        score.type(
                "events",
                n -> n.get("type").asString() + " " + n.get("date").asString(),
                x.events().stream()
                        .filter(e -> e.date().resolved())
                        .map(e -> e.type() + " " + e.date().lexical()));
        score.type(
                "partnershipLevels",
                n -> n.get("country").asString() + " " + local(n.get("level").asString()),
                x.partnerships().stream().map(p -> p.countryCode() + " " + local(p.level())));
        score.type(
                "relations",
                n -> n.get("country").asString() + " " + n.get("established").asString(),
                x.relations().stream()
                        .filter(r -> r.established() != null && r.established().resolved())
                        .map(r -> r.countryCode() + " " + r.established().lexical()));
        score.type(
                "postings",
                n -> name(n.get("person").asString()) + " -> "
                        + n.get("receivingState").asString(),
                x.postings().stream().map(p -> person(p.name(), aliases) + " -> " + p.receivingCode()));
        score.type(
                "personsWithPosts",
                n -> n.get("person").asString() + " " + n.get("post").asString(),
                x.personPosts().stream().map(p -> p.personIri() + " " + p.post().iri()));
        score.type(
                "eventDates",
                n -> n.get("date").asString(),
                x.events().stream()
                        .filter(e -> e.date().resolved())
                        .map(e -> e.date().lexical()));
        score.type(
                "policyDocuments",
                n -> n.get("number").asString().toUpperCase(Locale.ROOT),
                x.documents().stream().map(d -> d.number().toUpperCase(Locale.ROOT)));
        score.type(
                "figures",
                n -> plain(n.get("value").decimalValue()),
                x.figures().stream().map(f -> plain(f.value())));
        score.type(
                "organizations",
                JsonNode::asString,
                x.organizations().stream().map(o -> o.entry().iri()));
    }

    /** Scores one fact type of the article being added: the gold list's keys against the keys found. */
    @FunctionalInterface
    private interface TypeScoring {
        void type(String type, Function<JsonNode, String> goldKey, Stream<String> found);
    }

    private void compare(
            String article, JsonNode gold, String type, Function<JsonNode, String> key, Set<String> found) {
        JsonNode array = gold.get(type);
        if (array == null || !array.isArray()) {
            return; // this gold list does not annotate the type
        }
        Set<String> expected = new LinkedHashSet<>();
        Set<String> teaserOnly = new LinkedHashSet<>();
        array.forEach(n -> (n.path("teaser").asBoolean(false) ? teaserOnly : expected).add(key.apply(n)));
        teaserOnly.removeAll(expected);
        if (teasers) {
            expected.addAll(teaserOnly);
        } else {
            found = new LinkedHashSet<>(found);
            found.removeAll(teaserOnly);
        }
        scores.get(type).articles++;
        compare(article, type, expected, found);
    }

    /** Folded alias → folded gold name, for every gold person with {@code aliases}. */
    private static Map<String, String> aliases(JsonNode gold) {
        Map<String, String> out = new java.util.HashMap<>();
        for (JsonNode p : gold.path("persons")) {
            String canonical = name(p.path("name").asString());
            p.path("aliases").forEach(a -> out.put(name(a.asString()), canonical));
        }
        return out;
    }

    private static String person(String found, Map<String, String> aliases) {
        String folded = name(found);
        return aliases.getOrDefault(folded, folded);
    }

    /** A person's name folded for comparison: case, diacritics and spacing ignored. */
    static String name(String name) {
        return VietnameseText.slug(VietnameseText.normalize(name));
    }

    private void compare(String article, String type, Set<String> gold, Set<String> found) {
        if (DATED.contains(type)) {
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

    /**
     * A date more precise than the gold one but within it (2018-08-12 for gold 2018-08) counts as that
     * gold date; keys end in the date, so "Talks 2018-08-12" counts as gold "Talks 2018-08".
     */
    private static Set<String> coarsen(Set<String> gold, Set<String> found) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : found) {
            out.add(
                    gold.contains(f)
                            ? f
                            : gold.stream()
                                    .filter(g -> f.startsWith(g + "-"))
                                    .findFirst()
                                    .orElse(f));
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')), iri.lastIndexOf(':')) + 1);
    }
}
