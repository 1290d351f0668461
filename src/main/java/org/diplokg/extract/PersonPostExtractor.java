package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons with the posts their titles name. Titles joined by a comma or "kiêm" form a chain that
 * all belongs to the name after the last one ("Ủy viên Trung ương Đảng, Thứ trưởng Thường trực Bộ
 * Ngoại giao Bùi Thanh Sơn"); after a plural title ("các Thứ trưởng: A, B, C") every listed name
 * holds it. A person already in the graph is linked by name, with or without diacritics.
 */
public final class PersonPostExtractor {

    private static final Pattern CHAIN_GAP = Pattern.compile("\\s*(?:,|kiêm|,\\s*kiêm)\\s*");
    private static final Pattern NAME_GAP = Pattern.compile(
            "[ \\u00a0]*(?::[ \\u00a0]*)?(?:(?:ông|bà|Ông|Bà|Ngài|ngài|đồng chí|Đồng chí)[ \\u00a0]+)?");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");
    private static final Set<String> STATE_FORM = Set.of("công", "vương", "quốc", "cộng", "hòa", "liên", "bang");
    private static final Set<String> PLURAL = Set.of("các", "những", "hai", "ba");

    private static final Pattern APPOINTED_GAP = Pattern.compile(
            "[ \\u00a0]*(?:nhiệm kỳ[ \\u00a0]+\\d{4}[ \\u00a0]*[-–][ \\u00a0]*\\d{4}[ \\u00a0]*)?cho[ \\u00a0]*");
    private static final Set<String> NOT_BEFORE_NAME = Set.of("tại", "ở", "từ", "đến", "tới", "với", "của", "thăm");
    private static final Pattern COMMA = Pattern.compile("[ \\u00a0]*,");

    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final PersonIris personIris;
    private final Pattern concurrent;
    private final RuleCues cues;
    private final PostTitles titles;
    private final Pattern appositionGap;
    private final Pattern royal;

    public PersonPostExtractor(
            String baseIri, Gazetteer gazetteer, PersonNames names, RuleCues cues, PostTitles titles) {
        this.titles = titles;
        this.gazetteer = gazetteer;
        this.names = names;
        this.personIris = new PersonIris(baseIri, gazetteer);
        this.cues = cues;
        this.concurrent = cues.pattern("ambassador-patterns", "concurrent");
        this.royal = cues.pattern("person-names", "royal");
        // "Name, Title", "Name - Title", "Name, người được chỉ định là Title", "Name được bổ nhiệm làm Title"
        this.appositionGap = Pattern.compile(
                "(?:[ \\u00a0]*[,–-][ \\u00a0]*(?:"
                        + cues.pattern("ambassador-patterns", "designation").pattern() + ")?|[ \\u00a0]+(?:"
                        + cues.pattern("ambassador-patterns", "designation").pattern() + "))[ \\u00a0]*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public List<Facts.PersonPost> find(ArticleContext a, List<TitleMatch> titles) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        List<Facts.PersonPost> found = new ArrayList<>();
        int i = 0;
        while (i < titles.size()) {
            List<TitleMatch> chain = new ArrayList<>(List.of(titles.get(i)));
            while (i + 1 < titles.size()
                    && !titles.get(i).rule().endsWith("-context")
                    && !titles.get(i + 1).rule().endsWith("-context")
                    && CHAIN_GAP
                            .matcher(text.substring(
                                    titles.get(i).end(), titles.get(i + 1).start()))
                            .matches()) {
                chain.add(titles.get(++i));
            }
            i++;
            List<TitleMatch> titled = sameCountry(text, chain);
            TitleMatch last = titled.get(titled.size() - 1);
            int gapFrom = afterConcurrentList(text, tokens, last);
            if (cues.endsBefore(
                    "ambassador-patterns", "appointment", text, titled.get(0).start())) {
                Matcher appointed = APPOINTED_GAP.matcher(text).region(gapFrom, text.length());
                if (appointed.lookingAt()) {
                    gapFrom = appointed.end();
                }
            }
            int t = Tokenizer.firstAtOrAfter(tokens, gapFrom);
            Optional<PersonName> name = Optional.empty();
            if (t < tokens.size()
                    && NAME_GAP.matcher(text.substring(gapFrom, tokens.get(t).start()))
                            .matches()) {
                name = names.read(text, tokens, t, gazetteer, false);
                if (name.isEmpty()
                        && royal.matcher(text).region(last.start(), last.end()).lookingAt()) {
                    name = names.readOneWord(text, tokens, t, gazetteer); // "Nhà vua Harald"
                }
            }
            if (name.isEmpty()) {
                Optional<PersonName> before =
                        nameBefore(text, tokens, titled.get(0).start());
                before.ifPresent(n -> addPosts(
                        found,
                        a,
                        titled,
                        n,
                        title -> new Facts.Support(
                                n.start(),
                                title.end(),
                                title.rule() + "-apposition",
                                Math.min(0.85, title.confidence()))));
                continue;
            }
            boolean plural = isPlural(text, titled.get(0).start());
            while (name.isPresent()) {
                PersonName n = name.get();
                addPosts(
                        found,
                        a,
                        titled,
                        n,
                        title -> new Facts.Support(title.start(), n.end(), title.rule(), title.confidence()));
                name = Optional.empty();
                int after = n.first() + n.count();
                if (after < tokens.size() && tokens.get(after).key().equals("và")) {
                    after++;
                }
                if (plural
                        && after < tokens.size()
                        && LIST_GAP.matcher(text.substring(
                                        n.end(), tokens.get(after).start()))
                                .matches()) {
                    name = names.read(text, tokens, after, gazetteer, true);
                }
            }
        }
        return found;
    }

    /** Gives the name every title of the chain that fits it, each supported as {@code support} says. */
    private void addPosts(
            List<Facts.PersonPost> found,
            ArticleContext a,
            List<TitleMatch> titled,
            PersonName n,
            Function<TitleMatch, Facts.Support> support) {
        String iri = iriOf(n);
        for (TitleMatch title : forName(a, titled, n)) {
            found.add(new Facts.PersonPost(iri, n.name(), title.post(), support.apply(title)));
        }
    }

    /** "Tổng Bí thư, Chủ tịch nước Lào": the foreign country after the last title of a chain is every title's. */
    private List<TitleMatch> sameCountry(String text, List<TitleMatch> chain) {
        TitleMatch last = chain.get(chain.size() - 1);
        String cc = foreignCountry(last);
        if (chain.size() == 1 || cc == null) {
            return chain;
        }
        List<TitleMatch> out = new ArrayList<>();
        for (TitleMatch t : chain) {
            out.add(
                    t == last || foreignCountry(t) != null
                            ? t
                            : titles.asForeign(t, cc, "-chain", t.confidence()).orElse(t));
        }
        return out;
    }

    private static String foreignCountry(TitleMatch t) {
        OrgRef org = t.post().org();
        String cc = org.sendingCode() != null ? org.sendingCode() : org.stateCode();
        return cc == null || cc.equals("VN") ? null : cc;
    }

    /**
     * A head-of-government title read as Vietnam's ("Thủ tướng") before a name that is not Vietnamese
     * ("Thủ tướng Anthony …") is the title of the foreign country named just before; without one it is dropped.
     */
    private List<TitleMatch> forName(ArticleContext a, List<TitleMatch> chain, PersonName n) {
        return chain.stream()
                .map(t -> forName(a, t, n))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<TitleMatch> forName(ArticleContext a, TitleMatch t, PersonName n) {
        if (foreignCountry(t) != null
                || !t.post().iri().contains("/post/vn-")
                || gazetteer.personByName(n.name()).isPresent()
                || names.isSurname(a.tokens().get(n.first()))) {
            return Optional.of(t);
        }
        if (!titles.hasForeignForm(t)) {
            return Optional.of(t);
        }
        return titles.countryBefore(a, t.start()).flatMap(cc -> titles.asForeign(t, cc, "-context", 0.7));
    }

    private String iriOf(PersonName n) {
        return personIris.of(n.name());
    }

    /** After "…tại Nam Phi, kiêm nhiệm Botswana và Lesotho" the name follows the list of countries: where its gap starts. */
    private int afterConcurrentList(String text, List<Token> tokens, TitleMatch last) {
        Matcher m = concurrent.matcher(text).region(last.end(), Math.min(text.length(), last.end() + 30));
        if (!m.find() || !text.substring(last.end(), m.start()).matches("[ \\u00a0]*,?[ \\u00a0]*")) {
            return last.end();
        }
        int i = Tokenizer.firstAtOrAfter(tokens, m.end());
        int listEnd = -1;
        while (i < tokens.size()) {
            Optional<Gazetteer.Match> c = gazetteer.at(text, tokens, i, Gazetteer.Kind.COUNTRY);
            if (c.isPresent() && tokens.get(i).capitalized()) {
                i = c.get().first() + c.get().count();
                listEnd = c.get().end();
            } else if (tokens.get(i).key().equals("và")
                    || STATE_FORM.contains(tokens.get(i).key())) {
                i++; // "và", or a state's form before its name ("Công quốc Monaco", "Vương quốc Bỉ")
            } else {
                break;
            }
        }
        if (listEnd < 0) {
            return last.end();
        }
        Matcher comma = COMMA.matcher(text).region(listEnd, text.length());
        return comma.lookingAt() ? comma.end() : listEnd;
    }

    /**
     * "Bà Maria Lopez, Đại sứ Chile tại Việt Nam": the name just before the title, separated by a
     * comma. The name must start with a Vietnamese family name or follow an honorific or a lowercase word.
     */
    private Optional<PersonName> nameBefore(String text, List<Token> tokens, int titleStart) {
        Matcher gap = appositionGap.matcher(text).region(Math.max(0, titleStart - 60), titleStart);
        if (!gap.find()) {
            return Optional.empty();
        }
        int k = Tokenizer.firstAtOrAfter(tokens, gap.start()) - 1;
        if (k < 1 || tokens.get(k).end() != gap.start()) {
            return Optional.empty();
        }
        for (int j = Math.max(0, k - 4); j < k; j++) {
            Optional<PersonName> n = names.read(text, tokens, j, gazetteer, false);
            if (n.isEmpty() || n.get().first() + n.get().count() - 1 != k) {
                continue;
            }
            Token first = tokens.get(n.get().first());
            boolean introduced = n.get().first() > j
                    || j > 0
                            && !tokens.get(j - 1).capitalized()
                            && Tokenizer.spaceBetween(text, tokens.get(j - 1), first);
            boolean afterPreposition = n.get().first() == j
                    && j > 0
                    && NOT_BEFORE_NAME.contains(tokens.get(j - 1).key());
            if ((names.isSurname(first) || introduced) && !afterPreposition) {
                return n;
            }
        }
        return Optional.empty();
    }

    private static boolean isPlural(String text, int titleStart) {
        int from = Math.max(0, titleStart - 12);
        String before =
                text.substring(from, titleStart).toLowerCase(Locale.ROOT).trim();
        String[] words = before.split("\\s+");
        return words.length > 0 && (PLURAL.contains(words[words.length - 1]) || before.endsWith("các vị"));
    }
}
