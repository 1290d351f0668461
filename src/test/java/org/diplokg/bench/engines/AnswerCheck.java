package org.diplokg.bench.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identical-answer check before any timing: every query of the mix is sent once to every engine and its
 * answer reduced to an {@link AnswerDigest}. The answer most engines give is the reference; an engine that errs
 * or answers differently is marked for that query, and only queries all engines answer alike are timed, so no
 * engine is ranked on an answer the others do not share.
 */
final class AnswerCheck {

    /** One engine's first answer to one query. */
    record Answer(String status, int size, String digest, double firstMs, String error) {}

    /** One query's answers from all engines; {@code agreed} when all are the same. */
    record Row(String family, String query, boolean agreed, Map<String, Answer> answers) {}

    private final List<Row> rows;
    private final List<MixQuery> mix;

    private AnswerCheck(List<MixQuery> mix, List<Row> rows) {
        this.mix = mix;
        this.rows = rows;
    }

    static AnswerCheck run(List<MixQuery> mix, List<Engine> engines, SparqlHttp http) {
        List<Row> rows = new ArrayList<>();
        for (MixQuery q : mix) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            Map<String, Integer> votes = new HashMap<>();
            for (Engine e : engines) {
                long t0 = System.nanoTime();
                SparqlHttp.Reply r = http.get(e.requestUrl(q), Engine.accept(q));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (!r.ok()) {
                    answers.put(e.name(), new Answer("error", 0, null, ms, r.problem()));
                    continue;
                }
                try {
                    AnswerDigest d = AnswerDigest.of(q, r);
                    answers.put(e.name(), new Answer("ok", d.size(), d.sha256(), ms, null));
                    votes.merge(d.sha256(), 1, Integer::sum);
                } catch (RuntimeException bad) {
                    answers.put(e.name(), new Answer("error", 0, null, ms, "unreadable answer: " + bad.getMessage()));
                }
            }
            String reference = votes.entrySet().stream()
                    .filter(v -> v.getValue() * 2 > engines.size())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            Map<String, Answer> marked = new LinkedHashMap<>();
            answers.forEach((name, a) -> marked.put(
                    name,
                    a.status().equals("ok") && !a.digest().equals(reference)
                            ? new Answer(
                                    reference == null ? "no-majority" : "differs",
                                    a.size(),
                                    a.digest(),
                                    a.firstMs(),
                                    null)
                            : a));
            boolean agreed = marked.values().stream().allMatch(a -> a.status().equals("ok"));
            rows.add(new Row(q.family(), q.name(), agreed, marked));
            System.err.printf(
                    "engines: check %s/%s %s %s%n",
                    q.family(), q.name(), agreed ? "same" : "DIFFERENT", summary(marked));
        }
        return new AnswerCheck(mix, rows);
    }

    private static String summary(Map<String, Answer> answers) {
        StringBuilder s = new StringBuilder();
        answers.forEach((name, a) -> s.append(name)
                .append('=')
                .append(a.status())
                .append('/')
                .append(a.size())
                .append(String.format("/%.0fms ", a.firstMs()))
                .append(a.error() == null ? "" : "(" + a.error() + ") "));
        return s.toString().trim();
    }

    List<Row> rows() {
        return rows;
    }

    /** The family's queries every engine answered alike, in mix order. */
    List<MixQuery> agreed(String family) {
        List<MixQuery> out = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            if (mix.get(i).family().equals(family) && rows.get(i).agreed()) {
                out.add(mix.get(i));
            }
        }
        return out;
    }
}
