package org.diplokg.bench.engines;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One SPARQL server under test: its query endpoint on the loopback interface, the process id whose CPU time is
 * read from {@code /proc}, and a prologue put in front of every query. Only Virtuoso has one: its default graph is
 * every graph as a bag plus its system graphs, so the harness loads the union of the named graphs into one graph,
 * makes that the default graph ({@code define input:default-graph-uri}) and hides it and the system graphs from
 * {@code GRAPH ?g} ({@link GraphScope}), which gives the union-default-graph semantics DiploKG and Fuseki have.
 *
 * @param spec {@code name=URL@PID} or {@code name=URL@PID@PROLOGUE_FILE}
 */
record Engine(String name, String url, long pid, String prologue, List<String> hiddenGraphs) {

    private static final String HIDE = "hide-graph ";

    /**
     * Reads {@code name=URL@PID[@SCOPE_FILE]}; in the scope file, lines {@code hide-graph IRI} name graphs
     * {@code GRAPH ?g} must not see ({@link GraphScope}), every other line goes into the prologue.
     */
    static Engine parse(String spec) throws IOException {
        int eq = spec.indexOf('=');
        String[] parts = spec.substring(eq + 1).split("@");
        List<String> lines = parts.length > 2 ? Files.readAllLines(Path.of(parts[2])) : List.of();
        String prologue = lines.stream()
                .filter(l -> !l.startsWith(HIDE))
                .map(l -> l + "\n")
                .reduce("", String::concat);
        List<String> hidden = lines.stream()
                .filter(l -> l.startsWith(HIDE))
                .map(l -> l.substring(HIDE.length()).trim())
                .toList();
        return new Engine(spec.substring(0, eq), parts[0], Long.parseLong(parts[1]), prologue, hidden);
    }

    /** The GET URL for one query, scoped for this engine and prefixed with its prologue. */
    String requestUrl(MixQuery q) {
        String text = prologue + GraphScope.exclude(q.text(), hiddenGraphs);
        return url + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String accept(MixQuery q) {
        return q.graphResult() ? "application/n-triples" : "application/sparql-results+json";
    }

    /** User plus system CPU time of the server process so far, in milliseconds (from {@code /proc/PID/stat}). */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of the whole line
            return ticks * 1000 / CLOCK_TICKS;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the CPU time of " + name + " (pid " + pid + ")", e);
        }
    }

    /** USER_HZ, the unit of /proc times: 100 on Linux builds for x86 and ARM. */
    private static final long CLOCK_TICKS = Long.getLong("bench.clockTicks", 100);
}
