package org.diplokg.profiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.diplokg.linkeddata.IriMapping;
import org.diplokg.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A short profile as JSON for the relationship graph's side panel: the first rows of the first
 * sections of the entity's profile, as text in both languages, and the path of the full page.
 */
@RestController
public class ProfileSummaryController {

    private static final int SECTIONS = 4;
    private static final int ROWS = 3;

    private final ProfileService profiles;
    private final HubPages hubs;
    private final IriMapping iris;

    public ProfileSummaryController(ProfileService profiles, HubPages hubs, IriMapping iris) {
        this.profiles = profiles;
        this.hubs = hubs;
        this.iris = iris;
    }

    public record Summary(String iri, String page, String type, String labelVi, String labelEn, List<Part> sections) {}

    public record Part(String id, String titleVi, String titleEn, List<String> rowsVi, List<String> rowsEn, int more) {}

    @GetMapping(path = "/api/profiles/summary", produces = "application/json")
    public Summary summary(@RequestParam(name = "iri", required = false) String iri) {
        if (iri == null || iri.isBlank() || !absolute(iri)) {
            throw ApiException.badRequest("Parameter 'iri' must be the absolute IRI of an entity");
        }
        // a hub's kept build (a summary is a glimpse: one from before the latest write will do while it is rebuilt)
        Profile p = hubs.latest(iri)
                .map(PageParts::profile)
                .or(() -> profiles.profile(iri))
                .orElseThrow(() -> ApiException.notFound("No profile for " + iri));
        List<Part> parts = new ArrayList<>();
        for (Profile.Answer a : p.sections()) {
            if (parts.size() == SECTIONS) {
                break;
            }
            if (a.timedOut() || a.section().display().startsWith("article-text")) {
                continue;
            }
            List<String> vi = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Map<String, Node> row :
                    a.rows().subList(0, Math.min(ROWS, a.rows().size()))) {
                vi.add(text(p, row, 0));
                en.add(text(p, row, 1));
            }
            parts.add(new Part(
                    a.section().id(),
                    a.section().titleVi(),
                    a.section().titleEn(),
                    vi,
                    en,
                    Math.max(0, a.rows().size() - ROWS)));
        }
        return new Summary(
                iri, iris.localPath(iri), p.type(), p.label().vi(), p.label().en(), parts);
    }

    private static String text(Profile p, Map<String, Node> row, int lang) {
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, Node> e : row.entrySet()) {
            Node n = e.getValue();
            String k = e.getKey();
            if ((k.endsWith("Vi") && lang == 1) || (k.endsWith("En") && lang == 0)) {
                continue;
            }
            if (n.isURI()) {
                Label l = p.labels().get(n.getURI());
                if (l != null) {
                    cells.add(lang == 0 ? l.vi() : l.en());
                }
            } else if (n.isLiteral()) {
                cells.add(Cells.literal(n)[lang]);
            }
        }
        return String.join(" · ", cells);
    }

    private static boolean absolute(String iri) {
        try {
            return URI.create(iri).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
