/**
 * The command line ({@code diplokg <cmd>}): one picocli command per verb, each starting the same Spring
 * services the server uses. Owns argument parsing, exit codes and terminal output.
 * May use every package except {@code config}; nothing uses it.
 */
package org.diplokg.cli;
