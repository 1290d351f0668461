package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ambassadors' postings: every holder of an ambassador's post is accredited to the host of its
 * mission; a concurrent accreditation follows the title or the name ("Đại sứ Việt Nam tại Nam Phi,
 * kiêm nhiệm Botswana và Lesotho") as a list of countries after a cue of
 * {@code ambassador-patterns.tsv}.
 */
public final class PostingExtractor {

    /** A state's form written before its name ("Công quốc Monaco", "Vương quốc Bỉ"). */
    private static final String FORM = "(?:(?:[Đđ]ại )?[Cc]ông quốc|[Vv]ương quốc|[Cc]ộng hòa|[Ll]iên bang)?\\s*";

    private static final Pattern FIRST_GAP = Pattern.compile("\\s*" + FORM);
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*" + FORM);
    private static final int CUE_WINDOW = 60;

    private final Pattern concurrent;
    private final PostTitles titles;

    /** Postings, and the posts of concurrent accreditation ("Đại sứ Việt Nam tại Botswana", in the resident embassy). */
    public record Result(List<Facts.Posting> postings, List<Facts.PersonPost> concurrentPosts) {}

    public PostingExtractor(RuleCues cues, PostTitles titles) {
        this.concurrent = cues.pattern("ambassador-patterns", "concurrent");
        this.titles = titles;
    }

    public Result find(ArticleContext a, List<Facts.PersonPost> holders, List<Facts.Mention> countries) {
        List<Facts.Posting> found = new ArrayList<>();
        List<Facts.PersonPost> posts = new ArrayList<>();
        for (Facts.PersonPost p : holders) {
            OrgRef mission = p.post().org();
            if (!"Ambassador".equals(p.post().role()) || mission == null || mission.hostCode() == null) {
                continue;
            }
            found.add(new Facts.Posting(
                    p.personIri(),
                    p.name(),
                    mission.sendingCode(),
                    mission.hostCode(),
                    false,
                    mission.iri(),
                    p.support()));
            Sentence s = a.sentenceAt(p.support().start());
            int from = p.support().start();
            Matcher m = concurrent
                    .matcher(a.text())
                    .region(from, Math.min(s.end(), p.support().end() + CUE_WINDOW));
            if (!m.find()) {
                continue;
            }
            int cursor = m.end();
            boolean first = true;
            for (Facts.Mention c : countries) {
                if (c.support().start() < cursor) {
                    continue;
                }
                String gap = a.text().substring(cursor, c.support().start());
                if (!(first ? FIRST_GAP : LIST_GAP).matcher(gap).matches()) {
                    break;
                }
                first = false;
                cursor = c.support().end();
                String cc = c.entry().code();
                if (!cc.equals(mission.hostCode()) && !cc.equals(mission.sendingCode())) {
                    Facts.Support support = new Facts.Support(p.support().start(), cursor, "posting-concurrent", 0.85);
                    found.add(new Facts.Posting(
                            p.personIri(), p.name(), mission.sendingCode(), cc, true, mission.iri(), support));
                    if ("VN".equals(mission.sendingCode())) {
                        posts.add(new Facts.PersonPost(
                                p.personIri(), p.name(), titles.concurrentAmbassador(mission, cc), support));
                    }
                }
            }
        }
        return new Result(found, posts);
    }
}
