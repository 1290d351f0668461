package org.diplokg.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.diplokg.feed.fetch.SafeFetcher;

/**
 * The ETag and Last-Modified of every feed document and page read successfully, kept in a small
 * properties file next to the store so that the next run — CLI or server — asks with a conditional
 * GET and an unchanged resource costs a 304. Kept out of the store on purpose: crawl bookkeeping
 * is not knowledge and should not appear in queries, dumps or the dataset version. Written
 * atomically (temporary file, then move). Delete the file to make the next run fetch everything.
 */
public final class FeedState {

    private final Path file;
    private final Properties entries = new Properties();
    private boolean dirty;

    public FeedState(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the feed state " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public Path file() {
        return file;
    }

    public synchronized SafeFetcher.Validators validators(String url) {
        String v = entries.getProperty(url);
        if (v == null) {
            return SafeFetcher.Validators.NONE;
        }
        String[] parts = v.split("\t", -1);
        return new SafeFetcher.Validators(
                parts[0].isEmpty() ? null : parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null);
    }

    public synchronized void remember(String url, String etag, String lastModified) {
        if (etag == null && lastModified == null) {
            dirty |= entries.remove(url) != null;
            return;
        }
        String v = (etag == null ? "" : etag) + "\t" + (lastModified == null ? "" : lastModified);
        dirty |= !v.equals(entries.put(url, v));
    }

    /** Writes the file if anything changed since the last save. */
    public synchronized void save() {
        if (file == null || !dirty) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                entries.store(w, "DiploKG feed state: URL = ETag<TAB>Last-Modified");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the feed state " + file + ": " + e.getMessage(), e);
        }
    }
}
