package org.diplokg.profiles;

import java.util.Optional;
import org.diplokg.linkeddata.EntityPage;
import org.diplokg.linkeddata.EntityProfilePage;
import org.springframework.stereotype.Component;

/** The profile page an entity IRI answers with for browsers; the statement table folds in at its foot. */
@Component
public class ProfilePages implements EntityProfilePage {

    private final ProfileService profiles;
    private final ProfileRenderer renderer;
    private final EntityPage statements;

    public ProfilePages(ProfileService profiles, ProfileRenderer renderer, EntityPage statements) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.statements = statements;
    }

    @Override
    public Optional<String> render(String iri, String lang) {
        return profiles.profile(iri).map(p -> renderer.render(p, lang, statements.statementsHtml(iri)));
    }
}
