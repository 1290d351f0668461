package org.diplokg.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every token the server accepts: the legacy {@code diplokg.update-token} (all write scopes, so existing
 * set-ups keep working), the tokens of {@code diplokg.security.tokens}, and those of the tokens file, which is
 * re-read when its modification time or size changes (checked on each authentication, so rotation needs no
 * restart and no watcher thread). Tokens are held as SHA-256 only and compared in constant time.
 */
@Component
public class TokenRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRegistry.class);
    static final String LEGACY_NAME = "update-token";

    private record Entry(String name, byte[] hash, Set<Scope> scopes) {}

    private record FileState(FileTime modified, long size, List<Entry> entries) {}

    private final List<Entry> fixed;
    private final Path file;
    private volatile FileState fileState = new FileState(null, -1, List.of());

    public TokenRegistry(SecurityProperties security, @Value("${diplokg.update-token:}") String updateToken) {
        List<Entry> entries = new ArrayList<>();
        if (updateToken != null && !updateToken.isBlank()) {
            entries.add(new Entry(
                    LEGACY_NAME,
                    TokenHash.sha256(updateToken),
                    EnumSet.of(Scope.READ, Scope.WRITE, Scope.INGEST, Scope.REVIEW, Scope.ADMIN)));
        }
        for (SecurityProperties.Token t : security.tokens()) {
            entries.add(entry(t.name(), t.sha256(), t.scopes()));
        }
        this.fixed = List.copyOf(entries);
        this.file = security.tokensFile();
        if (file != null) {
            refresh();
        }
    }

    /** True when at least one token exists; with none, writes are off (403). */
    public boolean anyConfigured() {
        refresh();
        return !fixed.isEmpty() || !fileState.entries().isEmpty();
    }

    /** The caller a bearer token stands for; every stored hash is compared, whichever matches. */
    public Optional<Caller> authenticate(String token) {
        refresh();
        byte[] given = TokenHash.sha256(token);
        Entry match = null;
        for (List<Entry> list : List.of(fixed, fileState.entries())) {
            for (Entry e : list) {
                if (MessageDigest.isEqual(given, e.hash()) && match == null) {
                    match = e;
                }
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Caller(match.name(), match.scopes()));
    }

    private void refresh() {
        if (file == null) {
            return;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            FileState current = fileState;
            if (modified.equals(current.modified()) && size == current.size()) {
                return;
            }
            synchronized (this) {
                List<Entry> entries = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
                fileState = new FileState(modified, size, entries);
                LOG.info("Tokens file {} read: {} token(s)", file, entries.size());
            }
        } catch (IOException | IllegalArgumentException e) {
            // A half-written or broken file keeps the last good tokens; the next change is tried again.
            LOG.error("Tokens file {} not (re)loaded, keeping the previous tokens: {}", file, e.getMessage());
        }
    }

    /** One token a line: {@code name sha256 scope,scope…}; {@code #} starts a comment. */
    static List<Entry> parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("line " + n + ": expected 'name sha256 scope,scope'");
            }
            out.add(entry(parts[0], parts[1], List.of(parts[2].split(","))));
        }
        return List.copyOf(out);
    }

    private static Entry entry(String name, String sha256, List<String> scopes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A token needs a name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("Token '" + name + "' has no scopes");
        }
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        scopes.forEach(s -> set.add(Scope.parse(s)));
        return new Entry(name.trim(), TokenHash.parse(sha256, name), set);
    }
}
