package org.diplokg.profiles;

import java.util.Optional;
import org.diplokg.linkeddata.EntityProfilePage;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.springframework.stereotype.Component;

/**
 * The profile page an entity IRI answers with for browsers; the statement table folds in at its foot.
 * Rendered pages are kept until the next write ({@link DerivedSnapshot}): a page is read far more often
 * than the data changes. A hub's page ({@link HubPages}) is built in the background instead of while the
 * reader waits; after a write its last build is served, saying so, until the new one is ready.
 */
@Component
public class ProfilePages implements EntityProfilePage {

    private static final String NO_PROFILE = "";

    private final ProfileBuilder builder;
    private final ProfileRenderer renderer;
    private final HubPages hubs;
    private final KnowledgeStore store;
    private final ProfileProperties settings;
    private final DerivedSnapshot<BoundedCache<String>> cache;

    public ProfilePages(
            ProfileBuilder builder,
            ProfileRenderer renderer,
            HubPages hubs,
            KnowledgeStore store,
            ProfileProperties settings) {
        this.builder = builder;
        this.renderer = renderer;
        this.hubs = hubs;
        this.store = store;
        this.settings = settings == null ? ProfileProperties.defaults() : settings;
        long capacity = this.settings.pageCacheChars();
        this.cache = DerivedSnapshot.rebuilt(store, () -> new BoundedCache<>(capacity, String::length));
    }

    @Override
    public Optional<String> render(String iri, String lang) {
        if (settings.pageCacheChars() <= 0) {
            return fresh(iri, lang).map(Rendered::html);
        }
        // the cache is taken before the page is built, so a page never lands in a newer version's cache
        BoundedCache<String> pages = cache.get();
        String key = lang + ' ' + iri;
        Optional<String> hit = pages.get(key);
        if (hit.isPresent()) {
            return hit.filter(html -> !html.isEmpty());
        }
        Optional<HubPages.Hub> stale = hubs.stale(iri);
        if (stale.isPresent()) {
            PageParts parts = stale.get().parts();
            return Optional.of(stale.get()
                    .stalePages()
                    .computeIfAbsent(
                            lang, l -> renderer.render(parts.profile(), l, parts.statements(), parts.builtAt())));
        }
        Optional<Rendered> page = fresh(iri, lang);
        // a section that ran out of time may answer next time: such a page is not kept
        if (page.map(r -> !r.timedOut()).orElse(true)) {
            pages.put(key, page.map(Rendered::html).orElse(NO_PROFILE));
        }
        return page.map(Rendered::html);
    }

    /** The page from the current version: a hub's background build if it has one, else built now. */
    private Optional<Rendered> fresh(String iri, String lang) {
        Optional<PageParts> parts = hubs.current(iri);
        if (parts.isEmpty()) {
            String version = store.version();
            parts = builder.build(iri);
            parts.ifPresent(p -> hubs.noteBuilt(iri, version, p));
        }
        return parts.map(p -> new Rendered(renderer.render(p.profile(), lang, p.statements()), p.timedOut()));
    }

    private record Rendered(String html, boolean timedOut) {}
}
