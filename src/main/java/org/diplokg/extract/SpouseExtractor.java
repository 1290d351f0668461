package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Spouses ("… và Phu nhân Y", "cùng Phu quân Y"; words in {@code spouses.tsv}): the name after the
 * word is a person in their own right, the spouse of the person named last before it in the sentence.
 * Without a name after the word ("cùng Phu nhân") nothing is taken.
 */
public final class SpouseExtractor {

    private final QuickPattern word;
    private final PersonNames names;
    private final Gazetteer gazetteer;
    private final PersonIris personIris;

    public SpouseExtractor(String baseIri, Gazetteer gazetteer, PersonNames names, RuleCues cues) {
        this.word = cues.quick("spouses", "spouse");
        this.names = names;
        this.gazetteer = gazetteer;
        this.personIris = new PersonIris(baseIri, gazetteer);
    }

    public List<Facts.Spouse> find(ArticleContext a, List<Facts.PersonPost> holders, List<Facts.PersonMention> known) {
        List<Facts.Spouse> found = new ArrayList<>();
        Matcher m = word.matcher(a.text());
        while (word.find(m, a.text())) {
            if (!Character.isUpperCase(a.text().charAt(m.start()))) {
                continue;
            }
            int t = Tokenizer.firstAtOrAfter(a.tokens(), m.end());
            if (t >= a.tokens().size()
                    || !a.text().substring(m.end(), a.tokens().get(t).start()).isBlank()) {
                continue;
            }
            Optional<PersonName> name = names.read(a.text(), a.tokens(), t, gazetteer, false);
            Optional<String> partner = partnerBefore(a, m.start(), holders, known);
            if (name.isEmpty() || partner.isEmpty()) {
                continue;
            }
            PersonName n = name.get();
            String iri = personIris.of(n.name());
            found.add(new Facts.Spouse(
                    iri, n.name(), partner.get(), new Facts.Support(m.start(), n.end(), "spouse", 0.85)));
        }
        return found;
    }

    private static Optional<String> partnerBefore(
            ArticleContext a, int offset, List<Facts.PersonPost> holders, List<Facts.PersonMention> known) {
        Sentence s = a.sentenceAt(offset);
        // persons with a post first, then other known persons: on a tie the first found stays
        List<Map.Entry<String, Facts.Support>> persons = new ArrayList<>();
        holders.forEach(p -> persons.add(Map.entry(p.personIri(), p.support())));
        known.forEach(p -> persons.add(Map.entry(p.personIri(), p.support())));
        String best = null;
        int bestEnd = -1;
        for (Map.Entry<String, Facts.Support> p : persons) {
            Facts.Support at = p.getValue();
            if (at.end() <= offset && at.start() >= s.start() && at.end() > bestEnd) {
                best = p.getKey();
                bestEnd = at.end();
            }
        }
        return Optional.ofNullable(best);
    }
}
