package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Organisations named in the text outside a title ("Bộ Ngoại giao" in "Thứ trưởng Bộ Ngoại giao"
 * belongs to the post), and missions named by pattern: "Đại sứ quán (ĐSQ) Việt Nam tại Nhật Bản",
 * "Đại sứ quán Pháp (tại Việt Nam)", "Tổng Lãnh sự quán Việt Nam tại Osaka".
 */
public final class OrganizationMentions {

    private static final QuickPattern MISSION =
            QuickPattern.compile("(?<![\\p{L}])(Đại sứ quán|ĐSQ|Tổng Lãnh sự quán|TLSQ)(?![\\p{L}])");

    private final Gazetteer gazetteer;
    private final Missions missions;
    private final Map<String, String[]> cities;

    public OrganizationMentions(String baseIri, Gazetteer gazetteer, Map<String, String[]> cities) {
        this.gazetteer = gazetteer;
        this.missions = new Missions(baseIri, gazetteer);
        this.cities = cities;
    }

    public List<Facts.Mention> find(ArticleContext a, List<TitleMatch> titles) {
        List<Facts.Mention> found = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.findAll(a.text(), a.tokens(), Gazetteer.Kind.ORGANIZATION)) {
            boolean insideTitle = titles.stream().anyMatch(t -> m.start() < t.end() && t.start() < m.end());
            if (!insideTitle) {
                found.add(new Facts.Mention(
                        m.entry(), new Facts.Support(m.start(), m.end(), "gazetteer-organization", 0.9)));
            }
        }
        Matcher m = MISSION.matcher(a.text());
        while (MISSION.find(m, a.text())) {
            boolean consulate = m.group(1).startsWith("T");
            mission(a, m.start(), m.end(), consulate).ifPresent(found::add);
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.support().start()));
        return found;
    }

    private Optional<Facts.Mention> mission(ArticleContext a, int start, int end, boolean consulate) {
        List<Token> tokens = a.tokens();
        int i = Tokenizer.firstAtOrAfter(tokens, end);
        String first = null;
        Optional<Gazetteer.Match> c =
                i < tokens.size() ? gazetteer.at(a.text(), tokens, i, Gazetteer.Kind.COUNTRY) : Optional.empty();
        if (c.isPresent() && Tokenizer.spaceBetween(a.text(), tokens.get(i - 1), tokens.get(i))) {
            first = c.get().entry().code();
            i += c.get().count();
        }
        boolean at = i < tokens.size()
                && (tokens.get(i).key().equals("tại") || tokens.get(i).key().equals("ở"));
        OrgRef ref = null;
        int last = i - 1;
        if (at && (first == null || first.equals("VN")) && i + 1 < tokens.size()) {
            if (consulate) {
                for (int len = Math.min(4, tokens.size() - i - 1); len >= 1 && ref == null; len--) {
                    String surface = a.text()
                            .substring(
                                    tokens.get(i + 1).start(),
                                    tokens.get(i + len).end());
                    String[] city = cities.get(surface.toLowerCase(Locale.ROOT));
                    if (city != null) {
                        ref = missions.consulateGeneral(new String[] {city[0], city[1], surface});
                        last = i + len;
                    }
                }
            } else {
                Optional<Gazetteer.Match> host = gazetteer.at(a.text(), tokens, i + 1, Gazetteer.Kind.COUNTRY);
                if (host.isPresent() && !host.get().entry().code().equals("VN")) {
                    ref = missions.embassy("VN", host.get().entry().code());
                    last = i + host.get().count();
                }
            }
        } else if (!consulate && first != null && !first.equals("VN")) {
            ref = missions.embassy(first, "VN");
        }
        if (ref == null) {
            return Optional.empty();
        }
        Gazetteer.Entry entry = new Gazetteer.Entry(
                Gazetteer.Kind.ORGANIZATION,
                ref.iri(),
                ref.labelVi(),
                null,
                gazetteer.isKnown(ref.iri()),
                ref.cls(),
                ref.labelEn());
        return Optional.of(new Facts.Mention(
                entry, new Facts.Support(start, tokens.get(last).end(), "mission-pattern", 0.9), ref));
    }
}
