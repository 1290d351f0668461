package org.diplokg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;

/** The JVM options {@code ./diplokg} starts the jar with: the parallel collector for a server, the user's choice first. */
class LauncherJvmOptionsTest {

    private static String options(String javaOpts, String command) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(
                List.of(ProjectPaths.project().resolve("diplokg").toString(), "--print-java-opts", command));
        b.environment().remove("DIPLOKG_JAVA_OPTS");
        if (javaOpts != null) {
            b.environment().put("DIPLOKG_JAVA_OPTS", javaOpts);
        }
        b.redirectErrorStream(true);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void serveRunsOnTheParallelCollectorWithTheUsersOptionsKept() throws Exception {
        assertThat(options(null, "serve")).isEqualTo("-XX:+UseParallelGC");
        assertThat(options("-Xmx3g", "serve")).isEqualTo("-XX:+UseParallelGC -Xmx3g");
    }

    @Test
    void aCollectorTheUserNamesWinsAndOtherCommandsKeepTheJvmDefault() throws Exception {
        assertThat(options("-Xmx1g -XX:+UseG1GC", "serve")).isEqualTo("-Xmx1g -XX:+UseG1GC");
        assertThat(options(null, "load")).isEmpty();
        assertThat(options("-Xmx4g", "load")).isEqualTo("-Xmx4g");
    }
}
