package org.diplokg.support;

import java.nio.file.Path;

/** Where the project and the seed articles are, as passed by the Maven build. */
public final class ProjectPaths {

    private ProjectPaths() {}

    public static Path project() {
        return Path.of(System.getProperty("diplokg.project", "."))
                .toAbsolutePath()
                .normalize();
    }

    /** {@code ../shared/seeds} beside the project: read at test time, never copied. */
    public static Path seeds() {
        return Path.of(System.getProperty("diplokg.seeds", "../shared/seeds"))
                .toAbsolutePath()
                .normalize();
    }
}
