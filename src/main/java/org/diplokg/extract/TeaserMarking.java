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
        return new Facts.Support(
                s.start(), s.end(), s.rule() + SUFFIX, Math.round(s.confidence() * FACTOR * 100) / 100.0);
    }

    <T> List<T> mark(List<T> facts, Function<T, Facts.Support> support, BiFunction<T, Facts.Support, T> with) {
        if (page.teasers().isEmpty()) {
            return facts;
        }
        return facts.stream()
                .map(f -> {
                    Facts.Support s = support.apply(f);
                    Facts.Support m = mark(s);
                    return m == s ? f : with.apply(f, m);
                })
                .toList();
    }

    static boolean isTeaser(Facts.Support s) {
        return s.rule().endsWith(SUFFIX);
    }

    /** The extraction without the facts read from teasers: what the article's own text states (a country or organisation named in a teaser is still named on the page). */
    static ArticleExtraction withoutTeasers(ArticleExtraction x) {
        return new ArticleExtraction(
                x.input(),
                x.text(),
                x.sha256(),
                x.title(),
                x.published(),
                x.publishedFromText(),
                own(x.personPosts(), Facts.PersonPost::support),
                own(x.persons(), Facts.PersonMention::support),
                x.countries(),
                x.organizations(),
                own(x.partnerships(), Facts.Partnership::support),
                own(x.relations(), Facts.Relation::support),
                own(x.events(), Facts.Event::support),
                own(x.documents(), Facts.Document::support),
                own(x.figures(), Facts.Figure::support),
                x.unresolvedDates(),
                own(x.postings(), Facts.Posting::support),
                own(x.spouses(), Facts.Spouse::support));
    }

    private static <T> List<T> own(List<T> facts, Function<T, Facts.Support> support) {
        return facts.stream().filter(f -> !isTeaser(support.apply(f))).toList();
    }
}
