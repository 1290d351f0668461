package org.diplokg.profiles;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which profile pages the server keeps as hubs and whether each was built from the current data: for operators
 * watching a large store catch up after writes, and for benchmarks that must not time a page still being built.
 */
@RestController
public class HubStatusController {

    private final HubPages hubs;

    public HubStatusController(HubPages hubs) {
        this.hubs = hubs;
    }

    /**
     * @param enabled whether hub pages are built at all ({@code diplokg.profiles.hubs} > 0)
     * @param ready   the start-up candidates were found and every hub is built from the current version
     */
    public record HubStatus(boolean enabled, boolean ready, List<HubPages.Status> hubs) {}

    @GetMapping(path = "/api/profiles/hubs", produces = "application/json")
    public HubStatus status() {
        return new HubStatus(hubs.enabled(), hubs.ready(), hubs.status());
    }
}
