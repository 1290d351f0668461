package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partnership frameworks stated for Vietnam and a partner: the level's name ("Đối tác chiến lược
 * toàn diện", "quan hệ đặc biệt" …) in a sentence naming exactly one foreign country, or followed by
 * a list of countries. "nâng cấp" in the sentence marks an upgrade, dated when the sentence gives a
 * day or month.
 */
public final class PartnershipExtractor {

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");

    private final PartnershipLevels levels;
    private final Pattern upgradeCue;
    private final List<Pattern> anniversaries;
    private final Pattern bilateral;
    private final Pattern agreementAfter;
    private final RuleCues cues;

    public PartnershipExtractor(PartnershipLevels levels, RuleCues cues) {
        this.levels = levels;
        this.cues = cues;
        this.upgradeCue = cues.pattern("partnership-wordings", "upgrade");
        this.bilateral = cues.pattern("partnership-wordings", "bilateral");
        Pattern after = cues.pattern("partnership-wordings", "agreement-after");
        this.agreementAfter = Pattern.compile("\\s*" + after.pattern(), after.flags());
        this.anniversaries = cues.rows("partnership-wordings", "anniversary").stream()
                .map(r -> Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public List<Facts.Partnership> find(ArticleContext a, List<Facts.Mention> countries) {
        List<Facts.Partnership> found = new ArrayList<>();
        Matcher m = levels.matcher(a.text());
        int genericEnd = -1;
        while (levels.find(m, a.text())) {
            String level = levels.level(m.group());
            if (inAgreementName(a.text(), m)) {
                continue;
            }
            if (cues.endsBefore("partnership-wordings", "generic-before", a.text(), m.start())
                    || (genericEnd >= 0
                            && LIST_GAP.matcher(a.text().substring(genericEnd, m.start()))
                                    .matches())) {
                genericEnd = m.end();
                continue;
            }
            genericEnd = -1;
            Sentence s = a.sentenceAt(m.start());
            List<Facts.Mention> foreign = a
                    .within(s, countries, c -> c.support().start())
                    .stream()
                    .filter(c -> !"VN".equals(c.entry().code()))
                    .toList();
            List<Facts.Mention> partners = listAfter(a.text(), m.end(), foreign);
            double confidence = 0.8;
            if (partners.isEmpty()) {
                Optional<PartnerCountry.Found> partner = PartnerCountry.at(a, s, m.start(), countries)
                        .filter(f -> f.stated() || bilateral.matcher(s.text()).find());
                if (partner.isEmpty()) {
                    continue;
                }
                partners = List.of(partner.get().mention());
                confidence = partner.get().stated() ? 0.7 : 0.6;
            }
            boolean upgrade = upgradeCue.matcher(s.text()).find();
            Optional<DateMention> since = anniversary(a, m.start());
            boolean fromAnniversary = since.isPresent();
            if (since.isEmpty()) {
                since = a.datesIn(s).stream()
                        .filter(d -> d.precision() != DateMention.Precision.YEAR || upgrade)
                        .findFirst();
            }
            for (Facts.Mention p : partners) {
                found.add(new Facts.Partnership(
                        p.entry().code(),
                        level,
                        since.orElse(null),
                        upgrade || fromAnniversary,
                        new Facts.Support(
                                s.contains(p.support().start())
                                        ? Math.min(m.start(), p.support().start())
                                        : s.start(),
                                s.contains(p.support().start())
                                        ? Math.max(m.end(), p.support().end())
                                        : s.end(),
                                fromAnniversary
                                        ? "partnership-anniversary-year-from-publication-date"
                                        : upgrade ? "partnership-upgrade" : "partnership-level",
                                confidence)));
            }
        }
        return found;
    }

    /** "Hiệp định Đối tác toàn diện và Tiến bộ xuyên Thái Bình Dương": an agreement's name, not a level. */
    private boolean inAgreementName(String text, Matcher level) {
        return cues.endsBefore("partnership-wordings", "agreement-before", text, level.start())
                || agreementAfter
                        .matcher(text)
                        .region(level.end(), Math.min(text.length(), level.end() + 20))
                        .lookingAt();
    }

    /** "kỷ niệm 10 năm … Đối tác chiến lược" right before the level: the year it began, from the publication year. */
    private Optional<DateMention> anniversary(ArticleContext a, int levelStart) {
        if (a.published() == null) {
            return Optional.empty();
        }
        int from = Math.max(0, levelStart - 80);
        for (Pattern p : anniversaries) {
            Matcher m = p.matcher(a.text()).region(from, levelStart).useTransparentBounds(true);
            while (m.find()) {
                if (a.text().substring(m.end(), levelStart).isBlank()) {
                    int year = a.published().getYear() - Integer.parseInt(m.group("years"));
                    return Optional.of(new DateMention(
                            m.start(),
                            m.end(),
                            m.group(),
                            java.time.LocalDate.of(year, 1, 1),
                            DateMention.Precision.YEAR,
                            false));
                }
            }
        }
        return Optional.empty();
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
            if (first
                    ? gap.strip()
                            .toLowerCase(java.util.Locale.ROOT)
                            .matches("(?:(?:giữa|với)(?:\\s+việt nam\\s+(?:và|với))?)?")
                    : LIST_GAP.matcher(gap).matches()) {
                list.add(c);
                cursor = c.support().end();
            } else {
                break;
            }
        }
        return list;
    }
}
