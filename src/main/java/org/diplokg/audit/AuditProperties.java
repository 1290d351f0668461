package org.diplokg.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings ({@code diplokg.audit.*}).
 *
 * @param enabled record every HTTP write in the audit graph (the log line is written either way)
 */
@ConfigurationProperties(prefix = "diplokg.audit")
public record AuditProperties(@DefaultValue("true") boolean enabled) {}
