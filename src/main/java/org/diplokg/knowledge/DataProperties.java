package org.diplokg.knowledge;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The curated knowledge loaded at start-up ({@code diplokg.data.*}).
 *
 * @param directory   curated knowledge loaded on first start
 * @param loadOnEmpty whether an empty store is filled from {@link #directory} at start-up
 */
@ConfigurationProperties(prefix = "diplokg.data")
public record DataProperties(
        @DefaultValue("data") Path directory,
        @DefaultValue("true") boolean loadOnEmpty) {}
