package org.diplokg.bench.engines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One time-limited step: N clients send a family's queries to one engine for a fixed time, each client cycling
 * through the mix from its own starting point, one request at a time. A request started before the deadline is
 * waited for (up to the request timeout). The server's CPU time is read from {@code /proc} before and after.
 */
final class ClientStep {

    /** Per-query latency summary of one step. */
    record QueryTimes(int requests, double p50, double p95) {}

    /** The figures of one step; latencies in milliseconds. */
    record Result(
            String engine,
            String family,
            int clients,
            double seconds,
            long requests,
            long errors,
            double throughput,
            double p50,
            double p95,
            double p99,
            double cpuMsPerRequest,
            String firstError,
            Map<String, QueryTimes> perQuery) {}

    private final SparqlHttp http;

    ClientStep(SparqlHttp http) {
        this.http = http;
    }

    Result run(Engine engine, String family, List<MixQuery> mix, int clients, long millis) throws Exception {
        List<String> urls = mix.stream().map(engine::requestUrl).toList();
        List<String> accepts = mix.stream().map(Engine::accept).toList();
        List<List<long[]>> samples = new ArrayList<>(); // per client: {query index, nanos}
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuBefore = engine.cpuMillis();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<long[]> mine = new ArrayList<>();
                samples.add(mine);
                int offset = c * Math.max(1, mix.size() / clients);
                futures.add(pool.submit(() -> {
                    for (int k = 0; System.nanoTime() < deadline; k++) {
                        int i = (offset + k) % mix.size();
                        long t0 = System.nanoTime();
                        SparqlHttp.Reply r = http.get(urls.get(i), accepts.get(i));
                        long t = System.nanoTime() - t0;
                        if (r.ok()) {
                            mine.add(new long[] {i, t});
                        } else {
                            errors.increment();
                            firstError.compareAndSet(null, mix.get(i).name() + ": " + r.problem());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = engine.cpuMillis() - cpuBefore;
        List<long[]> all = samples.stream().flatMap(List::stream).toList();
        long[] nanos = all.stream().mapToLong(s -> s[1]).sorted().toArray();
        Map<String, QueryTimes> perQuery = new LinkedHashMap<>();
        for (int i = 0; i < mix.size(); i++) {
            int qi = i;
            long[] q = all.stream()
                    .filter(s -> s[0] == qi)
                    .mapToLong(s -> s[1])
                    .sorted()
                    .toArray();
            perQuery.put(mix.get(i).name(), new QueryTimes(q.length, pct(q, 50), pct(q, 95)));
        }
        long total = nanos.length + errors.sum();
        return new Result(
                engine.name(),
                family,
                clients,
                seconds,
                nanos.length,
                errors.sum(),
                nanos.length / seconds,
                pct(nanos, 50),
                pct(nanos, 95),
                pct(nanos, 99),
                total == 0 ? Double.NaN : (double) cpu / total,
                firstError.get(),
                perQuery);
    }

    /** The p-th percentile (nearest rank) in milliseconds, NaN for no samples. */
    static double pct(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
