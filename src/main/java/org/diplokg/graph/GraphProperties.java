package org.diplokg.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The explorer's graph ({@code diplokg.graph.*}).
 *
 * @param warmUp whether the server reads the whole explorer graph in the background at start-up, so the first explorer
 *     request is fast; the CLI turns it off (a one-off command never shows the explorer), and a server whose store is
 *     too large for its heap may too (the memory guard stops the read otherwise)
 */
@ConfigurationProperties(prefix = "diplokg.graph")
public record GraphProperties(@DefaultValue("true") boolean warmUp) {}
