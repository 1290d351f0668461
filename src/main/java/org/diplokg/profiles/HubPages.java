package org.diplokg.profiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.Bindings;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.VersionWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The pages of hub entities, built in the background and kept. In a store of years of news every event involves
 * Vietnam: answering its sections takes far longer than a reader waits. So a hub's page is built before anyone asks
 * and again after each burst of writes; meanwhile its last build is served, saying when it was built.
 *
 * <p>Hubs are found two ways: at start-up, the countries and organisations with the most incoming links
 * ({@code queries/profiles/hubs.rq}); at any time, a page whose build took longer than {@code hub-threshold} or ran
 * out of time. A page that proves quick to build is dropped: it is built while the reader waits, like any other, and
 * so is always current.
 */
@Component
public class HubPages implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(HubPages.class);
    private static final Query HUBS = SparqlFiles.query("queries/profiles/hubs.rq");
    /** Hubs kept at most: each holds a whole page's answers. */
    private static final int MAX_HUBS = 100;

    /** A hub's last build, the dataset version it was built from, and its pages rendered while it is stale. */
    record Hub(String version, PageParts parts, Map<String, String> stalePages) {}

    /** What the status endpoint says of one hub. */
    public record Status(String iri, boolean current, long buildMillis, Instant builtAt, boolean timedOut) {}

    private final KnowledgeStore store;
    private final ProfileBuilder builder;
    private final ProfileProperties settings;
    private final Map<String, Hub> built = new ConcurrentHashMap<>();
    /** In rank order (the most linked-to first), so the largest hubs are built first; written rarely. */
    private final Set<String> candidates = new CopyOnWriteArraySet<>();

    private final VersionWatcher watcher;
    private volatile boolean seeded;

    public HubPages(KnowledgeStore store, ProfileBuilder builder, ProfileProperties settings) {
        this.store = store;
        this.builder = builder;
        this.settings = settings == null ? ProfileProperties.defaults() : settings;
        this.watcher =
                new VersionWatcher(store, "profile-hubs", this.settings.hubInterval(), this::firstLook, this::look);
    }

    boolean enabled() {
        return settings.hubs() > 0;
    }

    /** The hub's page parts if they were built from the store's current version. */
    Optional<PageParts> current(String iri) {
        Hub h = built.get(iri);
        return h != null && h.version().equals(store.version()) ? Optional.of(h.parts()) : Optional.empty();
    }

    /** The hub's last build, of whichever version (a glimpse, such as the graph's side panel, will do with it). */
    Optional<PageParts> latest(String iri) {
        return Optional.ofNullable(built.get(iri)).map(Hub::parts);
    }

    /**
     * The hub's last build when it is older than the current version. The builder replaces it once the version has
     * settled (readers do not wake it: that would cut the wait that lets a burst of writes cost one build).
     */
    Optional<Hub> stale(String iri) {
        Hub h = built.get(iri);
        return h == null || h.version().equals(store.version()) ? Optional.empty() : Optional.of(h);
    }

    /**
     * Notes a page built while a reader waited, from {@code version}: one that took longer than the threshold or ran
     * out of time becomes a hub (kept if whole, built again in the background if not).
     */
    void noteBuilt(String iri, String version, PageParts parts) {
        if (!enabled() || !slow(parts)) {
            return;
        }
        if (candidates.size() >= MAX_HUBS && !candidates.contains(iri)) {
            LOG.info("profile hubs: {} is slow to build but {} hubs are kept already", iri, MAX_HUBS);
            return;
        }
        candidates.add(iri);
        if (!parts.timedOut()) {
            built.put(iri, new Hub(version, parts, new ConcurrentHashMap<>()));
        } else {
            watcher.wake(); // a new hub to build now, with the longer limit
        }
    }

    /** Every hub, in rank order, with whether its build is from the current version. */
    public List<Status> status() {
        String version = store.version();
        List<Status> out = new ArrayList<>();
        for (String iri : candidates) {
            Hub h = built.get(iri);
            out.add(
                    h == null
                            ? new Status(iri, false, 0, null, false)
                            : new Status(
                                    iri,
                                    h.version().equals(version),
                                    h.parts().took().toMillis(),
                                    h.parts().builtAt(),
                                    h.parts().timedOut()));
        }
        return out;
    }

    /** Whether the start-up candidates were found and each has been built from the current version at least once. */
    public boolean ready() {
        String version = store.version();
        return seeded
                && candidates.stream().allMatch(iri -> {
                    Hub h = built.get(iri);
                    return h != null && h.version().equals(version);
                });
    }

    /** Starts the background builder once the server is up (the CLI sets {@code hubs} to 0). */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (enabled()) {
            watcher.start();
        }
    }

    @Override
    public void destroy() {
        watcher.stop();
    }

    private boolean slow(PageParts parts) {
        return parts.timedOut() || parts.took().compareTo(settings.hubThreshold()) >= 0;
    }

    private void firstLook() {
        try {
            seed();
        } catch (RuntimeException e) {
            LOG.warn("profile hubs: finding the start-up candidates failed: {}", e.getMessage());
        }
        seeded = true;
    }

    private void look(String version, boolean settled) {
        for (String iri : candidates) {
            Hub h = built.get(iri);
            // never built: now; built from an older version: once writes have settled for one interval
            if (Thread.currentThread().isInterrupted()
                    || (h != null && (h.version().equals(version) || !settled))) {
                continue;
            }
            rebuild(iri);
        }
    }

    private void seed() {
        QueryOutcome.Select top =
                (QueryOutcome.Select) store.query(HUBS, QueryOptions.of(settings.hubTimeout(), settings.hubs()));
        for (Binding b : top.rows()) {
            if (candidates.size() >= Math.min(settings.hubs(), MAX_HUBS)) {
                break;
            }
            candidates.add(Bindings.text(b, "entity"));
        }
        LOG.info("profile hubs: {} start-up candidates", candidates.size());
    }

    private void rebuild(String iri) {
        String version = store.version();
        try {
            Optional<String> type = builder.typeOf(iri);
            if (type.isEmpty()) {
                drop(iri, "it has no profile type");
                return;
            }
            PageParts parts = builder.build(iri, type.get(), settings.hubTimeout());
            if (!slow(parts)) {
                drop(iri, "its page took " + parts.took().toMillis() + " ms");
                return;
            }
            built.put(iri, new Hub(version, parts, new ConcurrentHashMap<>()));
            LOG.info(
                    "profile hubs: {} built from version {} in {} ms",
                    iri,
                    version,
                    parts.took().toMillis());
        } catch (RuntimeException e) {
            drop(iri, "its build failed: " + e.getMessage());
        }
    }

    private void drop(String iri, String why) {
        candidates.remove(iri);
        built.remove(iri);
        LOG.info("profile hubs: {} is not kept as a hub: {}", iri, why);
    }
}
