package org.diplokg.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Named, scoped tokens, bound from {@code diplokg.security.*}. Tokens are configured by their SHA-256
 * (never in clear) so that a leaked configuration does not leak a usable token.
 *
 * @param tokens        tokens from the configuration (fixed until restart)
 * @param tokensFile    a file of tokens, re-read whenever it changes: rotation without a restart
 * @param restrictReads when true, reads of the data ({@code /sparql}, Graph Store GET, {@code /api/**} GET,
 *                      dumps, entity descriptions) need a token with the {@code read} scope; off by default so
 *                      that the public endpoint stays open
 */
@ConfigurationProperties(prefix = "diplokg.security")
public record SecurityProperties(List<Token> tokens, Path tokensFile, boolean restrictReads) {

    public SecurityProperties {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    /**
     * @param name   who the token stands for (recorded in the audit trail and review decisions)
     * @param sha256 hex SHA-256 of the token
     * @param scopes read, write, ingest, review, admin
     */
    public record Token(String name, String sha256, List<String> scopes) {}
}
