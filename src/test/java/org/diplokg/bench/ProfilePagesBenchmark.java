package org.diplokg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplokg.support.ProjectDataServer;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 benchmark: latency of profile pages' HTML over HTTP on the project data, one entity of
 * each profile type, sequential requests after warm-up; p50/p95/max per page and over all. The
 * target is p95 under 300 ms. Run with {@code bench/run.sh profiles}; report in target/bench/profiles.md.
 */
class ProfilePagesBenchmark extends ProjectDataServer {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("country (VN)", "/id/country/VN");
        PAGES.put("country (CN)", "/id/country/CN");
        PAGES.put("country (AU)", "/id/country/AU");
        PAGES.put("person", "/id/person/bui-thanh-son");
        PAGES.put("event", "/id/event/2023-01-31-tran-luu-quang-works-with-mofa");
        PAGES.put("organisation", "/id/org/vn-ministry-of-foreign-affairs");
        PAGES.put("mission", "/id/mission/vn-embassy-cn");
        PAGES.put("partnership", "/id/partnership/VN-AU");
        PAGES.put("article", "/id/article/2248aa17375def70");
    }

    @Test
    void profilePageHtmlLatency() throws Exception {
        StringBuilder report = new StringBuilder("# Profile pages: HTML latency on the project data\n\n")
                .append("Sequential GETs with `Accept: text/html` over HTTP on 127.0.0.1, ")
                .append(WARMUP)
                .append(" warm-up and ")
                .append(REQUESTS)
                .append(" measured requests per page. Target: p95 < 300 ms.\n\n")
                .append("| page | path | bytes | p50 ms | p95 ms | max ms |\n|---|---|---:|---:|---:|---:|\n");
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            int bytes = 0;
            for (int i = 0; i < WARMUP; i++) {
                get(page.getValue());
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get(page.getValue());
                ms.add((System.nanoTime() - t0) / 1e6);
                bytes = r.body().length();
            }
            all.addAll(ms);
            Collections.sort(ms);
            report.append("| ")
                    .append(page.getKey())
                    .append(" | `")
                    .append(page.getValue())
                    .append("` | ")
                    .append(bytes)
                    .append(" | ")
                    .append(fmt(pct(ms, 50)))
                    .append(" | ")
                    .append(fmt(pct(ms, 95)))
                    .append(" | ")
                    .append(fmt(ms.get(ms.size() - 1)))
                    .append(" |\n");
        }
        Collections.sort(all);
        report.append("| **all** | | | ")
                .append(fmt(pct(all, 50)))
                .append(" | ")
                .append(fmt(pct(all, 95)))
                .append(" | ")
                .append(fmt(all.get(all.size() - 1)))
                .append(" |\n\n")
                .append("Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors.\n");
        Path out = Path.of("target/bench/profiles.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = http.get(path, "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"page profile\"");
        return r;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
