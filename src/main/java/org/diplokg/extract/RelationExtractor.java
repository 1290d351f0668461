package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishment of diplomatic relations ("thiết lập quan hệ ngoại giao"): the one foreign country
 * of the sentence and the date the sentence gives (day, month or year).
 */
public final class RelationExtractor {

    private static final Pattern ESTABLISH = Pattern.compile("thiết lập quan hệ ngoại giao|lập quan hệ ngoại giao",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Facts.Relation> find(ArticleContext a, List<Facts.Mention> countries) {
        List<Facts.Relation> found = new ArrayList<>();
        Matcher m = ESTABLISH.matcher(a.text());
        while (m.find()) {
            Sentence s = a.sentenceAt(m.start());
            List<String> foreign = a.within(s, countries, c -> c.support().start()).stream()
                    .map(c -> c.entry().code()).filter(cc -> !"VN".equals(cc)).distinct().toList();
            if (foreign.size() != 1) {
                continue;
            }
            Optional<DateMention> date = a.datesIn(s).stream().filter(DateMention::resolved).findFirst();
            found.add(new Facts.Relation(foreign.get(0), date.orElse(null),
                    new Facts.Support(s.start(), s.end(), "relation-established", date.isPresent() ? 0.85 : 0.7)));
        }
        return found;
    }
}
