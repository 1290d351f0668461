package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Countries named in the text. A one-word name that is also a common given name or word (Anh,
 * Đức, Nga, Lào …) is not taken when it directly follows another capitalised word, as in a
 * person's name ("Nguyễn Tuấn Anh").
 */
public final class CountryMentions {

    private final Gazetteer gazetteer;

    public CountryMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Facts.Mention> find(ArticleContext a) {
        List<Facts.Mention> found = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.findAll(a.text(), a.tokens(), Gazetteer.Kind.COUNTRY)) {
            if (m.count() == 1 && m.first() > 0) {
                Token previous = a.tokens().get(m.first() - 1);
                if (previous.capitalized() && Tokenizer.spaceBetween(a.text(), previous, a.tokens().get(m.first()))
                        && gazetteer.at(a.text(), a.tokens(), m.first() - 1, Gazetteer.Kind.COUNTRY).isEmpty()) {
                    continue;
                }
            }
            found.add(new Facts.Mention(m.entry(), new Facts.Support(m.start(), m.end(), "gazetteer-country", m.count() == 1 ? 0.85 : 0.95)));
        }
        return found;
    }
}
