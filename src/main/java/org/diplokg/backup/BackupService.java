package org.diplokg.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.diplokg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Takes backups while the server keeps serving: on request and, when {@code diplokg.backup.interval} is
 * set, on a schedule, keeping the newest {@code diplokg.backup.keep} snapshots. One backup at a time.
 */
@Service
public class BackupService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

    private final KnowledgeStore store;
    private final BackupProperties settings;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final ScheduledExecutorService schedule;

    public BackupService(KnowledgeStore store, BackupProperties settings) {
        this.store = store;
        this.settings = settings;
        Duration every = settings.interval();
        if (every != null && !every.isZero() && !every.isNegative()) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "diplokg-backup");
                t.setDaemon(true);
                return t;
            });
            schedule.scheduleWithFixedDelay(this::scheduled, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            schedule = null;
        }
    }

    /** What a backup produced. */
    public record Backup(String file, long quads, long bytes, long millis) {}

    public Backup backup() {
        oneAtATime.lock();
        try {
            long start = System.nanoTime();
            Path target = settings.directory()
                    .resolve("diplokg-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".nq.gz");
            long quads = BackupFiles.snapshot(store, target);
            long bytes = target.toFile().length();
            prune();
            Backup b =
                    new Backup(target.getFileName().toString(), quads, bytes, (System.nanoTime() - start) / 1_000_000);
            log.info("Backup {}: {} quads, {} bytes in {} ms", b.file(), b.quads(), b.bytes(), b.millis());
            return b;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void scheduled() {
        try {
            backup();
        } catch (RuntimeException e) {
            log.error("Scheduled backup failed", e);
        }
    }

    /** Deletes all but the newest {@code keep} snapshots. */
    private void prune() {
        try (Stream<Path> files = Files.list(settings.directory())) {
            List<Path> snapshots = files.filter(p -> p.getFileName().toString().matches("diplokg-.*\\.nq\\.gz"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
            for (Path old :
                    snapshots.subList(Math.min(snapshots.size(), Math.max(1, settings.keep())), snapshots.size())) {
                Files.deleteIfExists(old);
                log.info("Backup retention: deleted {}", old.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }
}
