package org.diplokg.review;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review queue's settings ({@code diplokg.review.*}).
 *
 * @param threshold evidence with a confidence under this is offered for review (the library's low-confidence
 *                  default, so the queue and the query agree)
 */
@ConfigurationProperties(prefix = "diplokg.review")
public record ReviewProperties(@DefaultValue("0.7") BigDecimal threshold) {}
