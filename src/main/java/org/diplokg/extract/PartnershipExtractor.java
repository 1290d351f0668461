package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.ontology.DiploKg;

/**
 * Partnership frameworks stated for Vietnam and a partner: the level's name ("Đối tác chiến lược
 * toàn diện", "quan hệ đặc biệt" …) in a sentence naming exactly one foreign country, or followed by
 * a list of countries. "nâng cấp" in the sentence marks an upgrade, dated when the sentence gives a
 * day or month.
 */
public final class PartnershipExtractor {

    private static final Pattern LEVEL = Pattern.compile(
            "(?<![\\p{L}])(?:(đối tác chiến lược toàn diện)|(đối tác chiến lược sâu rộng)|(đối tác chiến lược)|(đối tác toàn diện)|(quan hệ đặc biệt))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] LEVELS = {"ComprehensiveStrategicPartnership", "ExtensiveStrategicPartnership", "StrategicPartnership",
            "ComprehensivePartnership", "SpecialRelationship"};
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");
    private static final Pattern UPGRADE = Pattern.compile("nâng cấp|nâng tầm|nâng quan hệ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Facts.Partnership> find(ArticleContext a, List<Facts.Mention> countries) {
        List<Facts.Partnership> found = new ArrayList<>();
        Matcher m = LEVEL.matcher(a.text());
        while (m.find()) {
            String level = null;
            for (int g = 1; g <= LEVELS.length; g++) {
                if (m.group(g) != null) {
                    level = DiploKg.NS + LEVELS[g - 1];
                }
            }
            Sentence s = a.sentenceAt(m.start());
            List<Facts.Mention> foreign = a.within(s, countries, c -> c.support().start()).stream()
                    .filter(c -> !"VN".equals(c.entry().code())).toList();
            List<Facts.Mention> partners = listAfter(a.text(), m.end(), foreign);
            double confidence = 0.8;
            if (partners.isEmpty()) {
                List<String> distinct = foreign.stream().map(c -> c.entry().code()).distinct().toList();
                if (distinct.size() != 1) {
                    continue;
                }
                partners = List.of(foreign.get(0));
                confidence = 0.7;
            }
            boolean upgrade = UPGRADE.matcher(s.text()).find();
            Optional<DateMention> since = a.datesIn(s).stream()
                    .filter(d -> d.precision() != DateMention.Precision.YEAR || upgrade).findFirst();
            for (Facts.Mention p : partners) {
                found.add(new Facts.Partnership(p.entry().code(), level, since.orElse(null), upgrade,
                        new Facts.Support(Math.min(m.start(), p.support().start()), Math.max(m.end(), p.support().end()),
                                upgrade ? "partnership-upgrade" : "partnership-level", confidence)));
            }
        }
        return found;
    }

    /** Countries listed right after the level: "… với Nhật Bản, Hàn Quốc và Ấn Độ". */
    private static List<Facts.Mention> listAfter(String text, int end, List<Facts.Mention> countries) {
        List<Facts.Mention> list = new ArrayList<>();
        int cursor = end;
        for (Facts.Mention c : countries) {
            if (c.support().start() < end) {
                continue;
            }
            String gap = text.substring(cursor, c.support().start());
            boolean first = list.isEmpty();
            if (first ? gap.strip().toLowerCase(java.util.Locale.ROOT).matches("(?:(?:giữa|với)(?:\\s+việt nam\\s+(?:và|với))?)?") : LIST_GAP.matcher(gap).matches()) {
                list.add(c);
                cursor = c.support().end();
            } else {
                break;
            }
        }
        return list;
    }
}
