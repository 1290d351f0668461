package org.diplokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenLink Virtuoso 7.2 (Debian {@code virtuoso-opensource}) with its own database and ini in a
 * temporary directory, its SQL and HTTP ports on loopback, and SPARQL updates granted to the endpoint's
 * user, so the remote-mode contract runs against a second engine besides Fuseki.
 */
public final class VirtuosoProcess implements AutoCloseable {

    private static final Path DEBIAN_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    private VirtuosoProcess(Path dir, int sqlPort, int httpPort, Process process) {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Whether this machine has Virtuoso's server and SQL client (the package's binaries and ini). */
    public static boolean installed() {
        return onPath("virtuoso-t") && onPath("isql-vt") && Files.isReadable(DEBIAN_INI);
    }

    public static VirtuosoProcess start() {
        try {
            Path dir = Files.createTempDirectory("virtuoso-");
            int sql = freePort();
            int http = freePort();
            Map<String, Map<String, String>> settings = Map.of(
                    "Database",
                    Map.of(
                            "DatabaseFile", dir.resolve("virtuoso.db").toString(),
                            "ErrorLogFile", dir.resolve("virtuoso.log").toString(),
                            "LockFile", dir.resolve("virtuoso.lck").toString(),
                            "TransactionFile", dir.resolve("virtuoso.trx").toString(),
                            "xa_persistent_file", dir.resolve("virtuoso.pxa").toString()),
                    "TempDatabase",
                    Map.of(
                            "DatabaseFile", dir.resolve("virtuoso-temp.db").toString(),
                            "TransactionFile", dir.resolve("virtuoso-temp.trx").toString()),
                    "Parameters",
                    Map.of(
                            "ServerPort", "127.0.0.1:" + sql,
                            "NumberOfBuffers", "20000",
                            "MaxDirtyBuffers", "15000",
                            "MaxSortedTopRows", "1000000"),
                    "HTTPServer",
                    Map.of("ServerPort", "127.0.0.1:" + http),
                    "SPARQL",
                    Map.of("ResultSetMaxRows", "1000000", "MaxQueryExecutionTime", "0"));
            Path ini = dir.resolve("virtuoso.ini");
            Files.writeString(ini, withSettings(Files.readString(DEBIAN_INI, StandardCharsets.UTF_8), settings));
            Process p = new ProcessBuilder("virtuoso-t", "-f", "-c", ini.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("console.log").toFile())
                    .start();
            VirtuosoProcess v = new VirtuosoProcess(dir, sql, http, p);
            v.awaitUp();
            v.sql("GRANT SPARQL_UPDATE TO \"SPARQL\";");
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Debian ini with the given keys set in their sections: written after the header, the old lines dropped. */
    static String withSettings(String ini, Map<String, Map<String, String>> settings) {
        StringBuilder out = new StringBuilder();
        Map<String, String> current = Map.of();
        for (String line : ini.split("\n", -1)) {
            String trimmed = line.strip();
            int eq = line.indexOf('=');
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                current = settings.getOrDefault(trimmed.substring(1, trimmed.length() - 1), Map.of());
                out.append(line).append('\n');
                current.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
            } else if (eq < 0
                    || trimmed.startsWith(";")
                    || !current.containsKey(line.substring(0, eq).strip())) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso exited: see " + dir.resolve("virtuoso.log"));
            }
            if (sql("SELECT 1;").contains("1 Rows")) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Virtuoso did not start within 120 s: see " + dir.resolve("virtuoso.log"));
    }

    /** Runs SQL through isql-vt as dba and answers its output. */
    public String sql(String statement) {
        try {
            Process isql = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statement)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!isql.waitFor(60, TimeUnit.SECONDS)) {
                isql.destroyForcibly();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SPARQL endpoint, for queries and updates alike. */
    public String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
