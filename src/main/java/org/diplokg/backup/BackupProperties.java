package org.diplokg.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go and how often they are taken.
 *
 * @param directory where snapshots are written ({@code diplokg-<time>.nq.gz})
 * @param interval  time between scheduled backups; zero = only on request
 * @param keep      how many snapshots to keep; older ones are deleted after each new backup
 */
@ConfigurationProperties("diplokg.backup")
public record BackupProperties(
        @DefaultValue("run/backups") Path directory,
        @DefaultValue("0s") Duration interval,
        @DefaultValue("7") int keep) {}
