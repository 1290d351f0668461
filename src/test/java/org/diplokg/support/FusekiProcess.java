package org.diplokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Apache Jena Fuseki 5.6.0 ({@code jena-fuseki-server} jar copied by the build) in its own
 * JVM on a random loopback port, with a persistent TDB2 dataset {@code /ds}, so remote-mode tests
 * can kill and restart it.
 */
public final class FusekiProcess implements AutoCloseable {

    private final Path database;
    private final Path passwordFile;
    private final int port;
    private final boolean unionDefaultGraph;
    private Process process;

    private FusekiProcess(Path database, Path passwordFile, int port, boolean unionDefaultGraph) {
        this.database = database;
        this.passwordFile = passwordFile;
        this.port = port;
        this.unionDefaultGraph = unionDefaultGraph;
    }

    /** Starts a Fuseki with an empty TDB2 database; with a user and password it requires HTTP basic auth. */
    public static FusekiProcess start(String user, String password) {
        return start(user, password, false);
    }

    /**
     * @param unionDefaultGraph serve the union of the named graphs as the default graph (tdb2:unionDefaultGraph), the
     *                          way DiploKG's embedded store answers, so the same queries give the same answers
     */
    public static FusekiProcess start(String user, String password, boolean unionDefaultGraph) {
        try {
            Path dir = Files.createTempDirectory("fuseki-");
            Path pw = null;
            if (user != null) {
                pw = dir.resolve("passwd");
                Files.writeString(pw, user + ": " + password + "\n");
            }
            FusekiProcess f = new FusekiProcess(dir.resolve("tdb2"), pw, freePort(), unionDefaultGraph);
            f.restart();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restart() {
        Path jar = Path.of(System.getProperty("diplokg.fuseki.jar", "target/fuseki/fuseki-server.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Fuseki jar missing at " + jar + "; run through ./mvnw verify");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--localhost",
                "--port=" + port,
                "--update",
                "--ping",
                "--tdb2",
                "--loc=" + database));
        if (unionDefaultGraph) {
            cmd.addAll(List.of("--set", "tdb2:unionDefaultGraph=true"));
        }
        if (passwordFile != null) {
            cmd.add("--passwd=" + passwordFile);
            cmd.add("--auth=basic");
        }
        cmd.add("/ds");
        try {
            Files.createDirectories(database);
            process = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(database.getParent().resolve("fuseki.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitUp();
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Fuseki exited: see " + database.getParent().resolve("fuseki.log"));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Fuseki did not start within 60 s");
    }

    /** Kills the server abruptly, as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String queryUrl() {
        return base() + "/ds/query";
    }

    public String updateUrl() {
        return base() + "/ds/update";
    }

    public String gspUrl() {
        return base() + "/ds/data";
    }

    @Override
    public void close() {
        if (process != null) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
