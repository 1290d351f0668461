package org.diplokg.bench.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21: the query half of the three-engine benchmark on one graph size. The servers (DiploKG, Fuseki with the
 * union default graph, Virtuoso with a union graph as default) are started and loaded by {@code bench/engines.sh};
 * this checks that every engine gives the same answer to every query of the mix, then times the queries all of
 * them agree on, family by family, at each client count, each engine in turn for a fixed time. Writes one JSON
 * file per size; {@link EngineReport} turns the files of a run into Markdown, JSON and a plot.
 *
 * <pre>EngineBenchmark --size N --out FILE [--loads TSV] [--step-seconds 20] [--warmup-seconds 10] [--clients 1,4,16]
 *     diplokg=URL@PID fuseki=URL@PID [virtuoso=URL@PID@PROLOGUE_FILE]</pre>
 */
public final class EngineBenchmark {

    private EngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        List<Engine> engines = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                engines.add(Engine.parse(args[i]));
            }
        }
        long size = Long.parseLong(opts.get("size"));
        long stepMillis = (long) (Double.parseDouble(opts.getOrDefault("step-seconds", "20")) * 1000);
        long warmupMillis = (long) (Double.parseDouble(opts.getOrDefault("warmup-seconds", "10")) * 1000);
        int[] clients = Arrays.stream(opts.getOrDefault("clients", "1,4,16").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        SparqlHttp http = new SparqlHttp(1000 * Integer.parseInt(opts.getOrDefault("timeout-seconds", "60")));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        List<MixQuery> mix = EngineMix.load();
        AnswerCheck check = AnswerCheck.run(mix, engines, http);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("size", size);
        out.put("started", Instant.now().toString());
        out.put("engines", engines.stream().map(Engine::name).toList());
        out.put("diplokgSettings", opts.getOrDefault("diplokg-settings", ""));
        out.put("stepSeconds", stepMillis / 1000.0);
        out.put("warmupSeconds", warmupMillis / 1000.0);
        out.put("loads", opts.containsKey("loads") ? LoadTimes.read(Path.of(opts.get("loads"))) : List.of());
        out.put("checks", check.rows());
        List<ClientStep.Result> steps = new ArrayList<>();
        ClientStep step = new ClientStep(http);
        int turn = 0;
        for (String family : List.of("generic", "library")) {
            List<MixQuery> agreed = check.agreed(family);
            if (agreed.isEmpty()) {
                System.err.println("engines: no " + family + " query on which all engines agree; not timed");
                continue;
            }
            for (Engine e : engines) { // untimed: JIT compilation and caches, the same for every engine
                step.run(e, family, agreed, 4, warmupMillis);
            }
            for (int c : clients) {
                for (int k = 0; k < engines.size(); k++, turn++) { // each step starts with the next engine
                    Engine e = engines.get((turn + k) % engines.size());
                    ClientStep.Result r = step.run(e, family, agreed, c, stepMillis);
                    System.err.printf(
                            "engines: size %,d %s %d clients %s: %.1f req/s, p95 %.1f ms, %d errors, %.2f ms CPU/req%n",
                            size, family, c, e.name(), r.throughput(), r.p95(), r.errors(), r.cpuMsPerRequest());
                    steps.add(r);
                }
            }
        }
        out.put("steps", steps);
        out.put(
                "loadAverage",
                Map.of(
                        "before",
                        loadBefore,
                        "after",
                        Files.readString(Path.of("/proc/loadavg")).trim()));
        Path file = Path.of(opts.get("out"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), out);
        System.err.println("engines: wrote " + file);
    }
}
