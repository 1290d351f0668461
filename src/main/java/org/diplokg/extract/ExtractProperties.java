package org.diplokg.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Article ingestion ({@code diplokg.extract.*}).
 *
 * @param maxArticleSize largest article (text or HTML) accepted by {@code ingest} and {@code POST /api/articles}
 */
@ConfigurationProperties(prefix = "diplokg.extract")
public record ExtractProperties(@DefaultValue("2MB") DataSize maxArticleSize) {}
