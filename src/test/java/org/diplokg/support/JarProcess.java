package org.diplokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/diplokg.jar}) in its own JVM, as an operator runs it: a server
 * ({@code serve --port 0} on 127.0.0.1) or any other CLI command. Output goes to a log file the test can
 * print on failure. {@link #kill()} is SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook,
 * no flush, no closing of the store, the way a crash or an OOM killer ends it.
 */
public final class JarProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;
    private int port;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar target/diplokg.jar <args>} with the given update token (null for none). */
    public static JarProcess start(Path log, String token, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g",
                "-jar",
                ProjectPaths.project().resolve("target/diplokg.jar").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove("DIPLOKG_UPDATE_TOKEN");
        if (token != null) {
            pb.environment().put("DIPLOKG_UPDATE_TOKEN", token);
        }
        try {
            return new JarProcess(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code serve} on a free loopback port over the given store (filled from {@code data} when empty); returns once it answers queries. */
    public static JarProcess serve(Path store, Path data, Path log, String token, Duration startup) {
        JarProcess server = start(
                log,
                token,
                List.of(
                        "serve",
                        "--store",
                        store.toString(),
                        "--data",
                        data.toString(),
                        "--port",
                        "0",
                        "--spring",
                        "logging.level.diplokg.access=WARN"));
        server.awaitReady(startup);
        return server;
    }

    private void awaitReady(Duration startup) {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited (" + process.exitValue() + "):\n" + tail());
            }
            if (port == 0) {
                Matcher m = PORT.matcher(logText());
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port != 0) {
                try {
                    HttpResponse<String> r = http().query("ASK {}", "text/csv");
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // not listening yet
                }
            }
            pause(250);
        }
        kill();
        throw new IllegalStateException("The server did not answer within " + startup + ":\n" + tail());
    }

    public int port() {
        return port;
    }

    public HttpTestClient http() {
        return new HttpTestClient(port);
    }

    public Process process() {
        return process;
    }

    /** SIGKILL, then wait until the process is gone (and its store lock with it). */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The process survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a CLI command to end by itself; its exit code, or -1 when it is still running. */
    public int waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        String text = logText();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
