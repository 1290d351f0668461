package org.diplokg.extract;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Facts read from a linked story's headline or summary (a teaser) are still facts, but weaker ones:
 * their rule gets the suffix {@code -teaser} and their confidence is scaled down, so readers and
 * queries can tell them from what the article itself states.
 */
final class TeaserMarking {

    static final double FACTOR = 0.7;
    static final String SUFFIX = "-teaser";

    private final Boilerplate.Page page;

    TeaserMarking(Boilerplate.Page page) {
        this.page = page;
    }

    Facts.Support mark(Facts.Support s) {
        if (page.teasers().isEmpty() || !page.inTeaser(s.start())) {
            return s;
        }
        return new Facts.Support(s.start(), s.end(), s.rule() + SUFFIX, Math.round(s.confidence() * FACTOR * 100) / 100.0);
    }

    <T> List<T> mark(List<T> facts, Function<T, Facts.Support> support, BiFunction<T, Facts.Support, T> with) {
        if (page.teasers().isEmpty()) {
            return facts;
        }
        return facts.stream().map(f -> {
            Facts.Support s = support.apply(f);
            Facts.Support m = mark(s);
            return m == s ? f : with.apply(f, m);
        }).toList();
    }
}
