package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

/** Organisations named in the text outside a title ("Bộ Ngoại giao" in "Thứ trưởng Bộ Ngoại giao" belongs to the post). */
public final class OrganizationMentions {

    private final Gazetteer gazetteer;

    public OrganizationMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Facts.Mention> find(ArticleContext a, List<TitleMatch> titles) {
        List<Facts.Mention> found = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.findAll(a.text(), a.tokens(), Gazetteer.Kind.ORGANIZATION)) {
            boolean insideTitle = titles.stream().anyMatch(t -> m.start() < t.end() && t.start() < m.end());
            if (!insideTitle) {
                found.add(new Facts.Mention(m.entry(), new Facts.Support(m.start(), m.end(), "gazetteer-organization", 0.9)));
            }
        }
        return found;
    }
}
