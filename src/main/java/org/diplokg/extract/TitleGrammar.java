package org.diplokg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may follow a title and what it makes of it: a foreign country for heads of state and
 * government ("Thủ tướng Lào", "Quốc vương Campuchia"), a ministry for ministers, a host country for
 * ambassadors and mission staff, a city for consuls general, an organisation for permanent
 * representatives, a unit for MOFA directors. The grammar is code; which titles use it is data
 * ({@code titles.tsv}).
 */
final class TitleGrammar {

    private static final Set<String> IN = Set.of("tại", "ở");
    private static final Set<String> BESIDE = Set.of("tại", "bên", "cạnh", "ở");

    private final PostMinter minter;
    private final PersonNames names;
    private final Pattern credentials;

    TitleGrammar(PostMinter minter, PersonNames names, Pattern credentials) {
        this.minter = minter;
        this.names = names;
        this.credentials = credentials;
    }

    Optional<TitleMatch> resolve(TitleRules.Title t, int start, TitleCursor c, String text) {
        String rule = "title-" + t.id();
        return switch (t.grammar()) {
            case "head", "party" -> head(t, start, c, rule);
            case "minister" -> minister(t.vn(), start, c, rule);
            case "ambassador" -> ambassador(t, start, c, rule, text);
            case "mission-staff" -> missionStaff(t.vn(), start, c, rule);
            case "consul-general" -> consulGeneral(t.vn(), start, c, rule);
            case "permanent-representative" -> permanentRepresentative(t.vn(), start, c, rule);
            case "unit-director" -> unitDirector(t.vn(), start, c, rule);
            default -> throw new IllegalStateException("titles.tsv: unknown grammar " + t.grammar());
        };
    }

    private Optional<TitleMatch> head(TitleRules.Title t, int start, TitleCursor c, String rule) {
        if (t.foreign() != null) {
            Optional<String> foreign = c.foreignCountry();
            if (foreign.isPresent()) {
                return Optional.of(c.title(
                        start,
                        minter.post(t.foreign(), foreign.get(), Map.of()),
                        rule + "-foreign",
                        t.foreign().confidence()));
            }
        }
        if (t.vn() == null) {
            return Optional.empty();
        }
        return Optional.of(c.title(start, minter.post(t.vn(), "VN", Map.of()), rule, t.vn().confidence()));
    }

    private Optional<TitleMatch> minister(TitleRules.Rule r, int start, TitleCursor c, String rule) {
        Optional<Gazetteer.Entry> ministry = c.ministry();
        if (ministry.isPresent()) {
            if (!minter.isVietnameseMinistry(ministry.get())) {
                return Optional.empty();
            }
            return Optional.of(c.title(start, ministerPost(r, minter.ministry(ministry.get())), rule, r.confidence()));
        }
        if (c.skipPhrase("ngoại", "giao")) {
            return Optional.of(c.title(start, ministerPost(r, minter.mofa()), rule, r.confidence()));
        }
        if (c.atCountry().isPresent() && c.foreignCountry().isPresent()) {
            return Optional.empty();
        }
        Optional<Token> word = c.nextWord();
        if (word.isPresent() && word.get().capitalized() && !names.isSurname(word.get())) {
            // "Bộ trưởng Karl Weber": no ministry and a name that is not Vietnamese; whose minister stays unknown.
            return Optional.empty();
        }
        // A bare "Thứ trưởng" in diplomatic news is most often MOFA's: taken, with lower confidence.
        return Optional.of(c.title(start, ministerPost(r, minter.mofa()), rule + "-implied-mofa", 0.75));
    }

    private PostRef ministerPost(TitleRules.Rule r, OrgRef ministry) {
        return minter.post(r, minter.ministryVars(ministry), ministry);
    }

    private Optional<TitleMatch> ambassador(TitleRules.Title t, int start, TitleCursor c, String rule, String text) {
        Optional<String> first = c.countryCode();
        if (first.isPresent() && !first.get().equals("VN")) {
            c.skipWords(Set.of("tại"));
            c.countryCode();
            return Optional.of(c.title(
                    start,
                    minter.post(t.foreign(), minter.countryVars(first.get()), minter.embassy(first.get(), "VN")),
                    rule + "-foreign",
                    t.foreign().confidence()));
        }
        if (c.skipWords(BESIDE)) {
            c.skipWords(BESIDE);
            Optional<String> host = c.countryCode();
            if (host.isPresent() && !host.get().equals("VN")) {
                return Optional.of(c.title(start, vnAmbassador(t.vn(), host.get()), rule, t.vn().confidence()));
            }
            return Optional.empty();
        }
        if (first.isEmpty()) {
            // "Đại sứ Nguyễn Văn A trình Quốc thư lên Quốc vương X": the host is the state whose head receives the
            // credentials.
            return credentialsHost(text, c)
                    .map(host -> c.title(start, vnAmbassador(t.vn(), host), rule + "-credentials", 0.85));
        }
        return Optional.empty();
    }

    PostRef vnAmbassador(TitleRules.Rule r, String host) {
        return minter.post(r, minter.countryVars(host), minter.embassy("VN", host));
    }

    /** The first country after a credentials phrase later in the same sentence. */
    private Optional<String> credentialsHost(String text, TitleCursor c) {
        int from = c.end();
        int end = sentenceEnd(text, from);
        Matcher m = credentials.matcher(text).region(from, end);
        if (!m.find()) {
            return Optional.empty();
        }
        return c.firstCountryBetween(m.end(), end).filter(cc -> !cc.equals("VN"));
    }

    static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n'
                    || ((ch == '.' || ch == '!' || ch == '?' || ch == ';')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return text.length();
    }

    private Optional<TitleMatch> missionStaff(TitleRules.Rule r, int start, TitleCursor c, String rule) {
        c.skipWords(Set.of("đại"));
        c.skipWords(Set.of("sứ"));
        c.skipWords(Set.of("quán", "đsq"));
        Optional<String> first = c.countryCode();
        if (first.isPresent() && !first.get().equals("VN")) {
            return Optional.empty();
        }
        if (c.skipWords(IN)) {
            Optional<String> host = c.countryCode();
            if (host.isPresent() && !host.get().equals("VN")) {
                return Optional.of(c.title(
                        start,
                        minter.post(r, minter.countryVars(host.get()), minter.embassy("VN", host.get())),
                        rule,
                        r.confidence()));
            }
        }
        return Optional.empty();
    }

    private Optional<TitleMatch> consulGeneral(TitleRules.Rule r, int start, TitleCursor c, String rule) {
        c.countryCode();
        if (c.skipWords(IN)) {
            Optional<String[]> city = c.city();
            if (city.isPresent()) {
                String[] ct = city.get();
                Map<String, String> vars = new HashMap<>(minter.countryVars(ct[0]));
                vars.put("city", VietnameseText.slug(ct[1]));
                vars.put("city_vi", ct[2]);
                vars.put("city_en", ct[1]);
                return Optional.of(
                        c.title(start, minter.post(r, vars, minter.consulateGeneral(ct)), rule, r.confidence()));
            }
        }
        return Optional.empty();
    }

    private Optional<TitleMatch> permanentRepresentative(TitleRules.Rule r, int start, TitleCursor c, String rule) {
        c.countryCode();
        if (c.skipWords(BESIDE)) {
            c.skipWords(BESIDE);
            Optional<Gazetteer.Entry> io = c.organization();
            if (io.isPresent() && "InternationalOrganization".equals(io.get().orgClass())) {
                Gazetteer.Entry e = io.get();
                Map<String, String> vars = Map.of(
                        "io",
                        e.iri().substring(e.iri().lastIndexOf('/') + 1),
                        "io_vi",
                        e.label(),
                        "io_en",
                        String.valueOf(e.englishLabel()));
                return Optional.of(
                        c.title(start, minter.post(r, vars, minter.permanentMission(e)), rule, r.confidence()));
            }
        }
        return Optional.empty();
    }

    private Optional<TitleMatch> unitDirector(TitleRules.Rule r, int start, TitleCursor c, String rule) {
        String unitWord = r.vi().startsWith("Vụ") ? "vụ" : "cục";
        return c.unitName(unitWord, names).map(u -> {
            Map<String, String> vars = Map.of("unit", VietnameseText.slug(u), "unit_vi", u);
            OrgRef unit = minter.post(r, "VN", vars).org();
            return c.title(start, minter.post(r, vars, unit), rule, r.confidence());
        });
    }
}
