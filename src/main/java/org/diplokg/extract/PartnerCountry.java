package org.diplokg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which foreign country a bilateral statement is about ("hai nước thiết lập quan hệ ngoại giao …",
 * "hai bên là Đối tác chiến lược …"). Sentences often name other countries too (an ambassador
 * "kiêm nhiệm Vanuatu", a third country in a teaser), so the country is looked for where the
 * statement is: its clause (up to ";"), then its comma-separated stretch, and a statement naming
 * none ("hai nước") is about the country the article names most. One place for this reading, used
 * by relations, partnerships and events.
 */
final class PartnerCountry {

    /** How the country was found: stated in the clause, or the article's most-named one (less sure). */
    record Found(Facts.Mention mention, boolean stated) {

        String code() {
            return mention.entry().code();
        }
    }

    private PartnerCountry() {}

    /** The foreign country of the statement at {@code at} in sentence {@code s}. */
    static Optional<Found> at(ArticleContext a, Sentence s, int at, List<Facts.Mention> countries) {
        String text = a.text();
        int from = Math.max(s.start(), text.lastIndexOf(';', Math.max(0, at - 1)) + 1);
        int semicolon = text.indexOf(';', at);
        int to = semicolon < 0 || semicolon > s.end() ? s.end() : semicolon;
        List<Facts.Mention> clause = foreignIn(countries, from, to);
        if (distinct(clause) == 1) {
            return Optional.of(new Found(clause.get(0), true));
        }
        if (distinct(clause) > 1) {
            int segFrom = Math.max(from, text.lastIndexOf(',', Math.max(0, at - 1)) + 1);
            int comma = text.indexOf(',', at);
            int segTo = comma < 0 || comma > to ? to : comma;
            List<Facts.Mention> segment = foreignIn(countries, segFrom, segTo);
            if (distinct(segment) == 1) {
                return Optional.of(new Found(segment.get(0), true));
            }
            Optional<Facts.Mention> main = main(countries);
            return main.filter(m -> clause.stream()
                            .anyMatch(c -> c.entry().code().equals(m.entry().code())))
                    .map(m -> new Found(m, false));
        }
        List<Facts.Mention> sentence = foreignIn(countries, s.start(), s.end());
        if (distinct(sentence) == 1) {
            return Optional.of(new Found(sentence.get(0), true));
        }
        return main(countries).map(m -> new Found(m, false));
    }

    /** The foreign country the article names most often, when one does. */
    static Optional<Facts.Mention> main(List<Facts.Mention> countries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Facts.Mention> first = new LinkedHashMap<>();
        for (Facts.Mention c : countries) {
            String code = c.entry().code();
            if (code == null || "VN".equals(code)) {
                continue;
            }
            counts.merge(code, 1, Integer::sum);
            first.putIfAbsent(code, c);
        }
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream()
                .filter(e -> e.getValue() == max)
                .map(Map.Entry::getKey)
                .toList();
        return top.size() == 1 ? Optional.of(first.get(top.get(0))) : Optional.empty();
    }

    private static List<Facts.Mention> foreignIn(List<Facts.Mention> countries, int from, int to) {
        return countries.stream()
                .filter(c -> c.support().start() >= from
                        && c.support().start() < to
                        && c.entry().code() != null
                        && !"VN".equals(c.entry().code()))
                .toList();
    }

    private static long distinct(List<Facts.Mention> mentions) {
        return mentions.stream().map(c -> c.entry().code()).distinct().count();
    }
}
