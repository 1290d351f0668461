package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises titles and the posts they name: Vietnam's leadership and party posts, ministers and
 * deputy ministers of any ministry, heads of mission and mission staff ("Đại sứ Việt Nam tại Nhật
 * Bản", "Tổng Lãnh sự tại Quảng Châu"), heads of MOFA units, and a foreign country's leaders when a
 * country name follows the title ("Thủ tướng Lào"). A rank ("hàm Đại sứ") is not a post. A title
 * whose organisation the text leaves open (a bare "Thứ trưởng") is read as the Ministry of
 * Foreign Affairs' with lower confidence, the common case in diplomatic news.
 */
public final class PostTitles {

    private enum Kind {
        GENERAL_SECRETARY("Tổng Bí thư"),
        PRESIDENT_VN("Chủ tịch nước"),
        CHAIR_NA("Chủ tịch Quốc hội"),
        PRESIDENT("Tổng thống"),
        PERMANENT_DEPUTY_PM("Phó Thủ tướng Thường trực(?: Chính phủ)?"),
        DEPUTY_PM("Phó Thủ tướng(?: Chính phủ)?"),
        PM("Thủ tướng(?: Chính phủ)?"),
        FOREIGN_MINISTER("Bộ trưởng(?: Bộ)? Ngoại giao|Ngoại trưởng"),
        MINISTER("Bộ trưởng"),
        PERMANENT_DEPUTY_MINISTER("Thứ trưởng Thường trực"),
        DEPUTY_MINISTER("Thứ trưởng"),
        ASSISTANT_MINISTER("Trợ lý Bộ trưởng(?: Bộ)?(?: Ngoại giao)?"),
        SPOKESPERSON("Người Phát ngôn(?: Bộ Ngoại giao)?"),
        POLITBURO("Ủy viên Bộ Chính trị"),
        CENTRAL_COMMITTEE("Ủy viên(?: Ban Chấp hành)? Trung ương Đảng|Ủy viên Trung ương"),
        SECRETARIAT("Bí thư Trung ương Đảng"),
        AMBASSADOR("Đại sứ(?: Đặc mệnh Toàn quyền)?(?! quán)"),
        PERMANENT_REPRESENTATIVE("Đại diện Thường trực"),
        MINISTER_COUNSELLOR("Tham tán Công sứ"),
        COUNSELLOR("Tham tán(?! Công sứ)"),
        DEFENCE_ATTACHE("Tùy viên Quốc phòng"),
        CONSUL_GENERAL("Tổng Lãnh sự(?! quán)"),
        CHARGE_D_AFFAIRES("Đại biện lâm thời"),
        DEPARTMENT_DIRECTOR("Vụ trưởng"),
        AGENCY_DIRECTOR("Cục trưởng");

        /** Matched against the lowercased text, which is much faster than a case-insensitive pattern. */
        final Pattern lowercase;
        final Pattern anyCase;

        Kind(String regex) {
            String lower = regex.toLowerCase(java.util.Locale.ROOT);
            this.lowercase = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + lower + ")(?![\\p{L}\\p{M}])");
            this.anyCase = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + regex + ")(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    private record Found(Kind kind, int start, int end) {
    }

    private static final Set<String> IN = Set.of("tại", "ở");
    private static final Set<String> BESIDE = Set.of("tại", "bên", "cạnh", "ở");
    private static final String MOFA = "vn-ministry-of-foreign-affairs";

    private final String id;
    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final Map<String, String[]> cities;
    private final Missions missions;

    /** @param cities city name (normalised, lowercase) to {ISO alpha-2, English name} */
    public PostTitles(String baseIri, Gazetteer gazetteer, PersonNames names, Map<String, String[]> cities) {
        this.id = baseIri + "id/";
        this.gazetteer = gazetteer;
        this.names = names;
        this.cities = cities;
        this.missions = new Missions(baseIri, gazetteer);
    }

    public List<TitleMatch> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean sameLength = lower.length() == text.length();
        for (Kind kind : Kind.values()) {
            Matcher m = sameLength ? kind.lowercase.matcher(lower) : kind.anyCase.matcher(text);
            while (m.find()) {
                if (Character.isUpperCase(text.charAt(m.start())) && !isRank(text, m.start())) {
                    found.add(new Found(kind, m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<TitleMatch> titles = new ArrayList<>();
        int covered = -1;
        for (Found f : found) {
            if (f.start() < covered) {
                continue;
            }
            Optional<TitleMatch> t = resolve(text, tokens, f);
            if (t.isPresent()) {
                titles.add(t.get());
                covered = t.get().end();
            } else {
                covered = f.end();
            }
        }
        return titles;
    }

    private static boolean isRank(String text, int start) {
        int from = Math.max(0, start - 4);
        return text.substring(from, start).toLowerCase(java.util.Locale.ROOT).endsWith("hàm ");
    }

    private Optional<TitleMatch> resolve(String text, List<Token> tokens, Found f) {
        Cursor c = new Cursor(text, tokens, Tokenizer.firstAtOrAfter(tokens, f.end()), f.end());
        String rule = "title-" + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (f.kind()) {
            case GENERAL_SECRETARY, PRESIDENT_VN, CHAIR_NA, PERMANENT_DEPUTY_PM, DEPUTY_PM, PM, FOREIGN_MINISTER, SPOKESPERSON -> {
                Optional<String> foreign = c.foreignCountry();
                PostRef post = foreign.map(cc -> foreignPost(f.kind(), cc)).orElseGet(() -> vietnamPost(f.kind()));
                return Optional.of(c.title(f.start(), post, rule + (foreign.isPresent() ? "-foreign" : ""), 0.95));
            }
            case PRESIDENT -> {
                Optional<String> foreign = c.foreignCountry();
                return foreign.map(cc -> c.title(f.start(), foreignPost(f.kind(), cc), rule + "-foreign", 0.95));
            }
            case POLITBURO, CENTRAL_COMMITTEE, SECRETARIAT, ASSISTANT_MINISTER -> {
                return Optional.of(c.title(f.start(), vietnamPost(f.kind()), rule, 0.95));
            }
            case MINISTER, PERMANENT_DEPUTY_MINISTER, DEPUTY_MINISTER -> {
                Optional<Gazetteer.Entry> ministry = c.ministry();
                if (ministry.isPresent() && ministry.get().iri().startsWith(id + "org/vn-ministry-of-")) {
                    return Optional.of(c.title(f.start(), ministerPost(f.kind(), ministry.get()), rule, 0.95));
                }
                if (ministry.isPresent()) {
                    return Optional.empty();
                }
                if (c.skipPhrase("ngoại", "giao")) {
                    Gazetteer.Entry mofa = gazetteer.entity(id + "org/" + MOFA).orElseThrow();
                    return Optional.of(c.title(f.start(), ministerPost(f.kind(), mofa), rule, 0.95));
                }
                if (c.atCountry().isPresent() && c.foreignCountry().isPresent()) {
                    return Optional.empty();
                }
                Gazetteer.Entry mofa = gazetteer.entity(id + "org/" + MOFA).orElseThrow();
                return Optional.of(c.title(f.start(), ministerPost(f.kind(), mofa), rule + "-implied-mofa", 0.75));
            }
            case AMBASSADOR -> {
                Optional<String> first = c.countryCode();
                if (first.isPresent() && !first.get().equals("VN")) {
                    c.skipWords(Set.of("tại"));
                    c.countryCode();
                    return Optional.of(c.title(f.start(), foreignAmbassador(first.get()), rule + "-foreign", 0.9));
                }
                if (c.skipWords(BESIDE)) {
                    c.skipWords(BESIDE);
                    Optional<String> host = c.countryCode();
                    if (host.isPresent() && !host.get().equals("VN")) {
                        return Optional.of(c.title(f.start(), missionPost("ambassador", "Ambassador", "Ambassador", "Đại sứ", host.get()), rule, 0.95));
                    }
                }
                return Optional.empty();
            }
            case MINISTER_COUNSELLOR, COUNSELLOR, DEFENCE_ATTACHE, CHARGE_D_AFFAIRES -> {
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
                        return Optional.of(c.title(f.start(), staffPost(f.kind(), host.get()), rule, 0.9));
                    }
                }
                return Optional.empty();
            }
            case CONSUL_GENERAL -> {
                c.countryCode();
                if (c.skipWords(IN)) {
                    Optional<String[]> city = c.city();
                    if (city.isPresent()) {
                        return Optional.of(c.title(f.start(), consulGeneral(city.get()), rule, 0.9));
                    }
                }
                return Optional.empty();
            }
            case PERMANENT_REPRESENTATIVE -> {
                c.countryCode();
                if (c.skipWords(BESIDE)) {
                    c.skipWords(BESIDE);
                    Optional<Gazetteer.Entry> io = c.organization();
                    if (io.isPresent() && "InternationalOrganization".equals(io.get().orgClass())) {
                        return Optional.of(c.title(f.start(), permanentRepresentative(io.get()), rule, 0.9));
                    }
                }
                return Optional.empty();
            }
            case DEPARTMENT_DIRECTOR, AGENCY_DIRECTOR -> {
                String unitWord = f.kind() == Kind.DEPARTMENT_DIRECTOR ? "vụ" : "cục";
                Optional<String> unit = c.unitName(unitWord, names);
                return unit.map(u -> c.title(f.start(), unitDirector(f.kind(), u), rule, 0.85));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private PostRef vietnamPost(Kind kind) {
        return switch (kind) {
            case GENERAL_SECRETARY -> post("vn-general-secretary", "GeneralSecretary", "Tổng Bí thư", "General Secretary",
                    org("vn-party-central-committee", "PartyBody", "Ban Chấp hành Trung ương Đảng", "Party Central Committee", "VN"));
            case PRESIDENT_VN -> post("vn-president", "StatePresident", "Chủ tịch nước", "President",
                    org("vn-state-presidency", "StatePresidency", "Chủ tịch nước", "State Presidency", "VN"));
            case CHAIR_NA -> post("vn-chair-of-national-assembly", "ChairOfNationalAssembly", "Chủ tịch Quốc hội", "Chair of the National Assembly",
                    org("vn-national-assembly", "Legislature", "Quốc hội Việt Nam", "National Assembly of Vietnam", "VN"));
            case PERMANENT_DEPUTY_PM -> post("vn-permanent-deputy-prime-minister", "PermanentDeputyPrimeMinister", "Phó Thủ tướng Thường trực",
                    "Permanent Deputy Prime Minister", government("VN"));
            case DEPUTY_PM -> post("vn-deputy-prime-minister", "DeputyPrimeMinister", "Phó Thủ tướng", "Deputy Prime Minister", government("VN"));
            case PM -> post("vn-prime-minister", "PrimeMinister", "Thủ tướng Chính phủ", "Prime Minister", government("VN"));
            case FOREIGN_MINISTER -> post("vn-minister-of-foreign-affairs", "Minister", "Bộ trưởng Ngoại giao", "Minister of Foreign Affairs", mofa());
            case SPOKESPERSON -> post("vn-mofa-spokesperson", "Spokesperson", "Người phát ngôn Bộ Ngoại giao",
                    "Spokesperson of the Ministry of Foreign Affairs", mofa());
            case ASSISTANT_MINISTER -> post("vn-assistant-minister-of-foreign-affairs", "AssistantMinister", "Trợ lý Bộ trưởng Ngoại giao",
                    "Assistant Minister of Foreign Affairs", mofa());
            case POLITBURO -> post("vn-politburo-member", "PolitburoMember", "Ủy viên Bộ Chính trị", "Member of the Politburo",
                    org("vn-politburo", "PartyBody", "Bộ Chính trị", "Politburo", "VN"));
            case CENTRAL_COMMITTEE -> post("vn-central-committee-member", "CentralCommitteeMember", "Ủy viên Trung ương Đảng",
                    "Member of the Party Central Committee",
                    org("vn-party-central-committee", "PartyBody", "Ban Chấp hành Trung ương Đảng", "Party Central Committee", "VN"));
            case SECRETARIAT -> post("vn-secretariat-member", "SecretariatMember", "Bí thư Trung ương Đảng", "Member of the Party Secretariat",
                    org("vn-party-secretariat", "PartyBody", "Ban Bí thư Trung ương Đảng", "Party Secretariat", "VN"));
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private PostRef foreignPost(Kind kind, String cc) {
        String lower = cc.toLowerCase(java.util.Locale.ROOT);
        String[] name = countryNames(cc);
        return switch (kind) {
            case GENERAL_SECRETARY -> post(lower + "-general-secretary", "GeneralSecretary", "Tổng Bí thư " + name[0], "General Secretary, " + name[1],
                    org(lower + "-ruling-party", "PoliticalParty", "Đảng cầm quyền " + name[0], "Ruling party of " + name[1], cc));
            case PRESIDENT_VN, PRESIDENT -> post(lower + "-president", "StatePresident", "Tổng thống / Chủ tịch nước " + name[0],
                    "President of " + name[1], org(lower + "-state-presidency", "StatePresidency", "Nguyên thủ quốc gia " + name[0], "Head of state of " + name[1], cc));
            case CHAIR_NA -> post(lower + "-chair-of-legislature", "ChairOfNationalAssembly", "Chủ tịch Quốc hội " + name[0],
                    "Speaker of the legislature of " + name[1], org(lower + "-legislature", "Legislature", "Quốc hội " + name[0], "Legislature of " + name[1], cc));
            case PERMANENT_DEPUTY_PM, DEPUTY_PM -> post(lower + "-deputy-prime-minister", "DeputyPrimeMinister", "Phó Thủ tướng " + name[0],
                    "Deputy Prime Minister of " + name[1], government(cc));
            case PM -> post(lower + "-prime-minister", "PrimeMinister", "Thủ tướng " + name[0], "Prime Minister of " + name[1], government(cc));
            case FOREIGN_MINISTER -> post(lower + "-minister-of-foreign-affairs", "Minister", "Bộ trưởng Ngoại giao " + name[0],
                    "Minister of Foreign Affairs of " + name[1], foreignMinistry(cc));
            case SPOKESPERSON -> post(lower + "-mofa-spokesperson", "Spokesperson", "Người phát ngôn Bộ Ngoại giao " + name[0],
                    "Foreign ministry spokesperson of " + name[1], foreignMinistry(cc));
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private PostRef ministerPost(Kind kind, Gazetteer.Entry ministry) {
        String slug = ministry.iri().substring((id + "org/vn-ministry-of-").length());
        String en = ministry.englishLabel() != null ? ministry.englishLabel() : ministry.label();
        String vi = ministry.label();
        String ofWhat = en.startsWith("Ministry of ") ? en.substring("Ministry of ".length()) : en;
        OrgRef org = new OrgRef(ministry.iri(), "Ministry", vi, en, "VN", null, null, null, null);
        return switch (kind) {
            case MINISTER -> post("vn-minister-of-" + slug, "Minister", "Bộ trưởng " + vi, "Minister of " + ofWhat, org);
            case PERMANENT_DEPUTY_MINISTER -> post("vn-permanent-deputy-minister-of-" + slug, "PermanentDeputyMinister",
                    "Thứ trưởng Thường trực " + vi, "Permanent Deputy Minister of " + ofWhat, org);
            default -> post("vn-deputy-minister-of-" + slug, "DeputyMinister", "Thứ trưởng " + vi, "Deputy Minister of " + ofWhat, org);
        };
    }

    private PostRef missionPost(String slug, String role, String en, String vi, String host) {
        String[] name = countryNames(host);
        return post("vn-" + slug + "-" + host.toLowerCase(java.util.Locale.ROOT), role,
                vi + " Việt Nam tại " + name[0], en + ", Embassy of Viet Nam in " + name[1], embassy("VN", host));
    }

    private PostRef staffPost(Kind kind, String host) {
        return switch (kind) {
            case MINISTER_COUNSELLOR -> missionPost("minister-counsellor", "MinisterCounsellor", "Minister-Counsellor", "Tham tán Công sứ", host);
            case COUNSELLOR -> missionPost("counsellor", "Counsellor", "Counsellor", "Tham tán", host);
            case DEFENCE_ATTACHE -> missionPost("defence-attache", "DefenceAttache", "Defence Attaché", "Tùy viên Quốc phòng", host);
            default -> missionPost("charge-d-affaires", "ChargeDAffaires", "Chargé d'affaires a.i.", "Đại biện lâm thời", host);
        };
    }

    private PostRef foreignAmbassador(String cc) {
        String lower = cc.toLowerCase(java.util.Locale.ROOT);
        String[] name = countryNames(cc);
        return post(lower + "-ambassador-vn", "Ambassador", "Đại sứ " + name[0] + " tại Việt Nam", "Ambassador of " + name[1] + " to Viet Nam",
                embassy(cc, "VN"));
    }

    private PostRef consulGeneral(String[] city) {
        String cc = city[0];
        String citySlug = VietnameseText.slug(city[1]);
        String lower = cc.toLowerCase(java.util.Locale.ROOT);
        String[] name = countryNames(cc);
        OrgRef mission = missions.consulateGeneral(city);
        return post("vn-consul-general-" + lower + "-" + citySlug, "ConsulGeneral", "Tổng Lãnh sự Việt Nam tại " + city[2],
                "Consul General of Viet Nam in " + city[1], mission);
    }

    private PostRef permanentRepresentative(Gazetteer.Entry io) {
        String ioSlug = io.iri().substring(io.iri().lastIndexOf('/') + 1);
        OrgRef mission = new OrgRef(id + "mission/vn-permanent-mission-" + ioSlug, "PermanentMission",
                "Phái đoàn Thường trực Việt Nam tại " + io.label(), "Permanent Mission of Viet Nam to the " + io.englishLabel(), null,
                "VN", null, null, io.iri());
        return post("vn-permanent-representative-" + ioSlug, "PermanentRepresentative", "Đại diện Thường trực Việt Nam tại " + io.label(),
                "Permanent Representative of Viet Nam to the " + io.englishLabel(), mission);
    }

    private PostRef unitDirector(Kind kind, String unitName) {
        String slug = VietnameseText.slug(unitName);
        boolean department = kind == Kind.DEPARTMENT_DIRECTOR;
        String unitVi = (department ? "Vụ " : "Cục ") + unitName;
        OrgRef unit = new OrgRef(id + "org/vn-mofa-" + slug, "Department", unitVi + " (Bộ Ngoại giao)",
                (department ? "Department " : "Agency ") + slug + " of the Ministry of Foreign Affairs", "VN", null, null, null, null);
        return post("vn-mofa-" + slug + "-director", "DepartmentDirector", (department ? "Vụ trưởng " : "Cục trưởng ") + unitVi,
                "Director, " + unit.labelEn(), unit);
    }

    private PostRef post(String slug, String role, String vi, String en, OrgRef org) {
        return new PostRef(id + "post/" + slug, role, vi, en, org);
    }

    private OrgRef org(String slug, String cls, String vi, String en, String cc) {
        return OrgRef.of(id + "org/" + slug, cls, vi, en, cc);
    }

    private OrgRef mofa() {
        return org(MOFA, "Ministry", "Bộ Ngoại giao", "Ministry of Foreign Affairs", "VN");
    }

    private OrgRef government(String cc) {
        if (cc.equals("VN")) {
            return org("vn-government", "Government", "Chính phủ Việt Nam", "Government of Vietnam", "VN");
        }
        String[] name = countryNames(cc);
        return org(cc.toLowerCase(java.util.Locale.ROOT) + "-government", "Government", "Chính phủ " + name[0], "Government of " + name[1], cc);
    }

    private OrgRef foreignMinistry(String cc) {
        String[] name = countryNames(cc);
        return org(cc.toLowerCase(java.util.Locale.ROOT) + "-ministry-of-foreign-affairs", "Ministry", "Bộ Ngoại giao " + name[0],
                "Ministry of Foreign Affairs of " + name[1], cc);
    }

    private OrgRef embassy(String sending, String host) {
        return missions.embassy(sending, host);
    }

    private String[] countryNames(String cc) {
        return gazetteer.countryNames(cc);
    }


    /** Reads the qualifiers after a title, word by word, on one line and without punctuation in between. */
    private final class Cursor {
        private final String text;
        private final List<Token> tokens;
        private int next;
        private int end;

        Cursor(String text, List<Token> tokens, int next, int end) {
            this.text = text;
            this.tokens = tokens;
            this.next = next;
            this.end = end;
        }

        private boolean adjacent() {
            if (next >= tokens.size()) {
                return false;
            }
            for (int i = end; i < tokens.get(next).start(); i++) {
                char ch = text.charAt(i);
                if (ch != ' ' && ch != '\u00a0') {
                    return false;
                }
            }
            return true;
        }

        boolean skipWords(Set<String> words) {
            if (adjacent() && words.contains(tokens.get(next).key())) {
                end = tokens.get(next).end();
                next++;
                return true;
            }
            return false;
        }

        /** Consumes the words if they come next, all of them or none. */
        boolean skipPhrase(String... words) {
            int savedNext = next;
            int savedEnd = end;
            for (String w : words) {
                if (!skipWords(Set.of(w))) {
                    next = savedNext;
                    end = savedEnd;
                    return false;
                }
            }
            return true;
        }

        Optional<Gazetteer.Match> atCountry() {
            return adjacent() && tokens.get(next).capitalized() ? gazetteer.at(text, tokens, next, Gazetteer.Kind.COUNTRY) : Optional.empty();
        }

        Optional<String> countryCode() {
            skipWords(Set.of("nước"));
            Optional<Gazetteer.Match> m = atCountry();
            m.ifPresent(this::consume);
            return m.map(x -> x.entry().code());
        }

        /** A foreign country right after the title; a following "Việt Nam" is consumed and means no foreign country. */
        Optional<String> foreignCountry() {
            int savedNext = next;
            int savedEnd = end;
            Optional<String> cc = countryCode();
            if (cc.isPresent() && cc.get().equals("VN")) {
                return Optional.empty();
            }
            if (cc.isEmpty()) {
                next = savedNext;
                end = savedEnd;
            }
            return cc;
        }

        Optional<Gazetteer.Entry> organization() {
            if (!adjacent() || !tokens.get(next).capitalized()) {
                return Optional.empty();
            }
            Optional<Gazetteer.Match> m = gazetteer.at(text, tokens, next, Gazetteer.Kind.ORGANIZATION);
            m.ifPresent(this::consume);
            return m.flatMap(x -> gazetteer.entity(x.entry().iri()));
        }

        Optional<Gazetteer.Entry> ministry() {
            if (!adjacent() || !tokens.get(next).key().equals("bộ")) {
                return Optional.empty();
            }
            return organization();
        }

        Optional<String[]> city() {
            if (!adjacent()) {
                return Optional.empty();
            }
            for (int len = Math.min(4, tokens.size() - next); len >= 1; len--) {
                String key = VietnameseText.normalize(text.substring(tokens.get(next).start(), tokens.get(next + len - 1).end()))
                        .toLowerCase(java.util.Locale.ROOT);
                String[] c = cities.get(key);
                if (c != null) {
                    String surface = text.substring(tokens.get(next).start(), tokens.get(next + len - 1).end());
                    end = tokens.get(next + len - 1).end();
                    next += len;
                    return Optional.of(new String[] {c[0], c[1], surface});
                }
            }
            return Optional.empty();
        }

        /** "Vụ Chính sách đối ngoại": the unit's name up to a person's name or punctuation. */
        Optional<String> unitName(String unitWord, PersonNames names) {
            if (!adjacent() || !tokens.get(next).key().equals(unitWord)) {
                return Optional.empty();
            }
            int first = next + 1;
            int i = first;
            while (i < tokens.size() && Tokenizer.spaceBetween(text, tokens.get(i - 1), tokens.get(i)) && i - first < 8) {
                Token t = tokens.get(i);
                if (i > first && names.isSurname(t) && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()) {
                    break;
                }
                i++;
            }
            if (i == first) {
                return Optional.empty();
            }
            end = tokens.get(i - 1).end();
            next = i;
            return Optional.of(text.substring(tokens.get(first).start(), end));
        }

        private void consume(Gazetteer.Match m) {
            next = m.first() + m.count();
            end = m.end();
        }

        TitleMatch title(int start, PostRef post, String rule, double confidence) {
            return new TitleMatch(start, end, next, post, rule, confidence);
        }
    }
}
