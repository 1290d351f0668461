package org.diplokg.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The write credential ({@code diplokg.update-token}, env {@code DIPLOKG_UPDATE_TOKEN}). Owned here, next
 * to {@link WriteAuthorizer}, so that no feature has to read the wiring package to learn it.
 *
 * @param updateToken bearer token required for writes; blank means writes are refused
 */
@ConfigurationProperties(prefix = "diplokg")
public record WriteProperties(String updateToken) {

    public boolean writesEnabled() {
        return updateToken != null && !updateToken.isBlank();
    }
}
