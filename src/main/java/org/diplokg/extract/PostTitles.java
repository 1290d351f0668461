package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds titles in a text and the posts they name. Which titles exist is data
 * ({@code extract/rules/titles.tsv}, {@link TitleRules}); what may follow each kind of title is
 * {@link TitleGrammar}; IRIs come from {@link PostMinter}. Overlapping titles: the earliest, then
 * the longest, wins. A rank ("hàm Đại sứ", "phong hàm Đại sứ") is not a post.
 */
public final class PostTitles {

    private record Found(TitleRules.Title title, int start, int end) {}

    private final TitleRules rules;
    private final TitleGrammar grammar;
    private final Gazetteer gazetteer;
    private final Map<String, String[]> cities;
    private final RuleCues cues;
    private final PostMinter minter;
    private final Object scanKey = new Object();

    /** @param cities city name (normalised, lowercase) to {ISO alpha-2, English name} */
    public PostTitles(
            String baseIri, Gazetteer gazetteer, PersonNames names, Map<String, String[]> cities, RuleCues cues) {
        this.rules = TitleRules.load();
        this.gazetteer = gazetteer;
        this.cities = cities;
        this.cues = cues;
        this.minter = new PostMinter(baseIri, gazetteer);
        this.grammar = new TitleGrammar(minter, names, cues.pattern("ambassador-patterns", "credentials"));
    }

    /** The titles of a text alone (tests, one-off reads): as {@link #find(ArticleContext)}. */
    public List<TitleMatch> find(String text, List<Token> tokens) {
        return find(new ArticleContext(text, tokens, List.of(), List.of(), null));
    }

    public List<TitleMatch> find(ArticleContext a) {
        return scan(a).current();
    }

    /**
     * Titles written after "nguyên" or "cựu" ("nguyên Thủ tướng Lào …"): posts held before, not now. Their holders
     * are persons all the same; the caller records the post as a former one, never as a holding.
     */
    public List<TitleMatch> findFormer(ArticleContext a) {
        return scan(a).former();
    }

    /** Current and former titles of one article, read in one scan and kept with the article. */
    private record Scan(List<TitleMatch> current, List<TitleMatch> former) {}

    private Scan scan(ArticleContext a) {
        return a.memo(scanKey, () -> read(a));
    }

    private Scan read(ArticleContext a) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        List<Found> found = new ArrayList<>();
        boolean sameLength = a.lowerKeepsOffsets();
        String scanned = sameLength ? a.lower() : text;
        for (TitleRules.Title t : rules.titles()) {
            QuickPattern p = sameLength ? t.lowercase() : t.anyCase();
            Matcher m = p.matcher(scanned);
            while (p.find(m, scanned)) {
                if (Character.isUpperCase(text.charAt(m.start()))) {
                    found.add(new Found(t, m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<TitleMatch> titles = new ArrayList<>();
        List<TitleMatch> former = new ArrayList<>();
        int covered = -1;
        for (Found f : found) {
            if (f.start() < covered) {
                continue;
            }
            TitleCursor c = new TitleCursor(text, gazetteer, cities, tokens, f.end());
            Optional<TitleMatch> t = grammar.resolve(f.title(), f.start(), c, text);
            if (t.isEmpty()
                    && f.title().vn() == null
                    && f.title().grammar().equals("head")
                    && f.title().foreign().context()) {
                // "Nhà vua Maha …", "Tổng thống Biden": a foreign-only title without its country takes the one its
                // sentence names last before it, else the article's.
                Optional<TitleMatch> bare = Optional.of(new TitleMatch(
                        f.start(),
                        f.end(),
                        Tokenizer.firstAtOrAfter(tokens, f.end()),
                        null,
                        "title-" + f.title().id(),
                        0.7));
                Optional<String> article = countryBefore(a, f.start());
                Optional<String> sentence = countryInSentence(a, f.start(), article.orElse(null));
                t = sentence.or(() -> article).flatMap(cc -> asForeign(bare.get(), cc, "-context", 0.7));
            }
            if (t.isPresent()) {
                // A rank or a former post still covers its words: no shorter title is read inside it.
                if (!isRank(text, f.start())) {
                    (isFormer(text, f.start()) ? former : titles).add(t.get());
                }
                covered = t.get().end();
            } else {
                covered = f.end();
            }
        }
        return new Scan(titles, former);
    }

    /**
     * The same title as the head of state or government of {@code cc} ("Tổng Bí thư, Chủ tịch nước Lào …":
     * the country after the last title of a chain is every title's), when the title has a foreign form.
     */
    public Optional<TitleMatch> asForeign(TitleMatch t, String cc, String ruleSuffix, double confidence) {
        TitleRules.Title title = titleOf(t);
        if (title == null || title.foreign() == null || !title.grammar().equals("head")) {
            return Optional.empty();
        }
        if ("VN".equals(cc)) {
            return Optional.empty();
        }
        PostRef post = minter.post(title.foreign(), cc, Map.of());
        if (!cc.equals(post.org().stateCode())) {
            return Optional.empty(); // a foreign country never re-homes a Vietnamese organisation
        }
        return Optional.of(new TitleMatch(
                t.start(),
                t.end(),
                t.nextToken(),
                post,
                "title-" + title.id() + "-foreign" + ruleSuffix,
                Math.min(confidence, title.foreign().confidence())));
    }

    /** The post of a Vietnamese ambassador concurrently accredited to {@code cc}, in the resident mission. */
    public PostRef concurrentAmbassador(OrgRef residentMission, String cc) {
        TitleRules.Rule vn = rules.titles().stream()
                .filter(t -> t.grammar().equals("ambassador") && t.vn() != null)
                .findFirst()
                .orElseThrow()
                .vn();
        return minter.post(vn, minter.countryVars(cc), residentMission);
    }

    public boolean hasForeignForm(TitleMatch t) {
        TitleRules.Title title = titleOf(t);
        return title != null && title.foreign() != null && title.grammar().equals("head");
    }

    /** The title a match was read by: the longest title id its rule starts with. */
    private TitleRules.Title titleOf(TitleMatch t) {
        TitleRules.Title title = null;
        for (TitleRules.Title candidate : rules.titles()) {
            String prefix = "title-" + candidate.id();
            if ((t.rule().equals(prefix) || t.rule().startsWith(prefix + "-"))
                    && (title == null || candidate.id().length() > title.id().length())) {
                title = candidate;
            }
        }
        return title;
    }

    /**
     * The country the article is about, for a title that names none: the foreign country named most
     * often in the text (ties: the one named last before {@code offset}).
     */
    public Optional<String> countryBefore(ArticleContext a, int offset) {
        List<String[]> mentions = a.memo(this, () -> foreignCountries(a.text(), a.tokens()));
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, Integer> lastBefore = new java.util.HashMap<>();
        for (String[] m : mentions) {
            counts.merge(m[0], 1, Integer::sum);
            if (Integer.parseInt(m[1]) < offset) {
                lastBefore.put(m[0], Integer.parseInt(m[1]));
            }
        }
        return counts.keySet().stream()
                .max(Comparator.<String>comparingInt(counts::get)
                        .thenComparingInt(cc -> lastBefore.getOrDefault(cc, -1)));
    }

    /** The foreign country named last before {@code offset} in the same sentence ("ngoại giao Pháp … Tổng thống X"). */
    private Optional<String> countryInSentence(ArticleContext a, int offset, String articleCountry) {
        int from = sentenceStart(a.text(), offset);
        String found = null;
        for (String[] m : a.memo(this, () -> foreignCountries(a.text(), a.tokens()))) {
            int at = Integer.parseInt(m[1]);
            if (at >= from && at < offset) {
                if (m[0].equals(articleCountry)) {
                    return Optional.of(m[0]); // the article's own country, named in the sentence too, wins
                }
                found = m[0];
            }
        }
        return Optional.ofNullable(found);
    }

    private static int sentenceStart(String text, int offset) {
        for (int i = offset - 1; i > 0; i--) {
            char ch = text.charAt(i);
            if (ch == '\n'
                    || ((ch == '.' || ch == '!' || ch == '?' || ch == ';')
                            && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The foreign countries the text names: {code, start offset} in text order. */
    private List<String[]> foreignCountries(String text, List<Token> tokens) {
        List<String[]> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalized()) {
                continue;
            }
            Optional<Gazetteer.Match> m = gazetteer.at(text, tokens, i, Gazetteer.Kind.COUNTRY);
            if (m.isPresent()) {
                if (!"VN".equals(m.get().entry().code())) {
                    mentions.add(new String[] {
                        m.get().entry().code(), Integer.toString(m.get().start())
                    });
                }
                i = m.get().first() + m.get().count() - 1;
            }
        }
        return mentions;
    }

    /** "hàm Đại sứ" is a rank, not a post. */
    private boolean isRank(String text, int start) {
        return cues.endsBefore("ambassador-patterns", "rank", text, start);
    }

    /** "nguyên/cựu Thủ tướng": a post held before, not now. */
    private boolean isFormer(String text, int start) {
        return cues.endsBefore("ambassador-patterns", "former", text, start);
    }
}
