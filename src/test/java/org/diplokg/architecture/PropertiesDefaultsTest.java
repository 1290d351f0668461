package org.diplokg.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.diplokg.hardening.HardeningProperties;
import org.diplokg.profiles.ProfileProperties;
import org.diplokg.query.QueryProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The {@code defaults()} of the settings records used without Spring are the records' own {@code @DefaultValue}s,
 * so code outside Spring runs with the settings a server starts with.
 */
class PropertiesDefaultsTest {

    @Test
    void profileDefaultsAreTheAnnotatedValues() {
        ProfileProperties p = ProfileProperties.defaults();
        assertThat(p.pageCacheChars()).isEqualTo(16_000_000L);
        assertThat(p.sectionThreads()).isEqualTo(4);
        assertThat(p.sectionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.hubs()).isEqualTo(20);
        assertThat(p.hubTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.hubInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void queryDefaultsAreTheAnnotatedValuesAndPassValidation() {
        QueryProperties q = QueryProperties.defaults();
        assertThat(q.defaultLimit()).isEqualTo(1000);
        assertThat(q.maxLimit()).isEqualTo(10_000);
        assertThat(q.precompute()).isTrue();
        assertThat(q.precomputeInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(q.precomputeMaxRows()).isEqualTo(1_000_000L);
    }

    @Test
    void hardeningDefaultsAreTheAnnotatedValuesWithEmptyAllowLists() {
        HardeningProperties h = HardeningProperties.defaults();
        assertThat(h.maxQueryDepth()).isEqualTo(400);
        assertThat(h.parserStack()).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(h.contextAllowlist()).isEqualTo(List.of());
        assertThat(h.corsWriteOrigins()).isEqualTo(List.of());
    }
}
