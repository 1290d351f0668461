package org.diplokg.bench.engines;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each query's p95 grows with the store: from engine-benchmark files of several sizes (bench/engines.sh,
 * bench/memory-scale.sh), one engine's per-query p95 at one client count, side by side, with the growth exponent
 * between the smallest and the largest size (log p95 ratio over log size ratio: below 1 is sub-linear). CLIENTS 0
 * takes instead each query's latency alone (the answer check sends every query once, nothing else running). Writes
 * {@code PREFIX.md} and {@code PREFIX.png} (p95 against size, log-log, one line per query). Files written by
 * {@code QueryLatency} (the library as {@code /api/queries} serves it, precomputed answers and indexes current) give
 * their cold p95 whatever ENGINE, CLIENTS and FAMILY say.
 *
 * <pre>P95Growth PREFIX ENGINE CLIENTS FAMILY FILE...   e.g. P95Growth bench/results/growth diplokg 4 library a.json b.json</pre>
 */
public final class P95Growth {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private P95Growth() {}

    public static void main(String[] args) throws IOException {
        Path prefix = Path.of(args[0]);
        String engine = args[1];
        int clients = Integer.parseInt(args[2]);
        String family = args[3];
        // query -> size -> p95 ms
        Map<String, TreeMap<Long, Double>> p95 = new TreeMap<>();
        boolean served = false;
        boolean live = false;
        for (int i = 4; i < args.length; i++) {
            JsonNode root = JSON.readTree(Path.of(args[i]).toFile());
            List<JsonNode> runs = new ArrayList<>();
            if (root.has("sizes")) {
                root.get("sizes").forEach(runs::add);
            } else {
                runs.add(root);
            }
            for (JsonNode run : runs) {
                long size = run.get("size").asLong();
                if (run.has("served")) {
                    served = true;
                    live |= run.has("precompute") && !run.get("precompute").asBoolean();
                    for (var e : run.get("served").properties()) {
                        // an answer paged from memory takes microseconds: floor at the file's 0.01 ms resolution
                        p95.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                                .put(
                                        size,
                                        Math.max(0.01, e.getValue().get("p95").asDouble()));
                    }
                    continue;
                }
                if (clients == 0) {
                    alone(run, engine, family, size, p95);
                    continue;
                }
                for (JsonNode step : run.get("steps")) {
                    if (step.get("engine").asString().equals(engine)
                            && step.get("family").asString().equals(family)
                            && step.get("clients").asInt() == clients) {
                        for (var e : step.get("perQuery").properties()) {
                            if (e.getValue().get("requests").asInt() > 0) {
                                p95.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                                        .put(size, e.getValue().get("p95").asDouble());
                            }
                        }
                    }
                }
            }
        }
        List<Long> sizes = p95.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();
        StringBuilder md = new StringBuilder("# p95 growth: ")
                .append(engine)
                .append(", ")
                .append(family)
                .append(" mix, ")
                .append(
                        served
                                ? "through /api/queries' code path (QueryLatency: cold p95, "
                                        + (live
                                                ? "live: no precomputed answers or indexes)"
                                                : "precomputed answers and indexes current)")
                                : clients == 0
                                        ? "each query alone (the answer check, one request)"
                                        : clients + " clients")
                .append("\n\nGrowth exponent: log(p95 at the largest size / p95 at the smallest) / log(size ratio);")
                .append(String.format(
                        " below 1 is sub-linear. Plot: [%1$s.png](%1$s.png)%n%n| query |", prefix.getFileName()));
        String measure = clients == 0 && !served ? "ms alone" : "p95 ms";
        sizes.forEach(s -> md.append(String.format(" %s at %,d |", measure, s)));
        md.append(" exponent |\n|---|");
        sizes.forEach(s -> md.append("---:|"));
        md.append("---:|\n");
        int subLinear = 0;
        int measured = 0;
        for (var q : p95.entrySet()) {
            md.append("| ").append(q.getKey()).append(" |");
            for (long s : sizes) {
                Double v = q.getValue().get(s);
                md.append(v == null ? " – |" : String.format(v < 1 ? " %.2f |" : " %.1f |", v));
            }
            var first = q.getValue().firstEntry();
            var last = q.getValue().lastEntry();
            if (q.getValue().size() >= 2) {
                double exp = Math.log(last.getValue() / first.getValue())
                        / Math.log((double) last.getKey() / first.getKey());
                measured++;
                subLinear += exp < 1 ? 1 : 0;
                md.append(String.format(" %s%.2f%s |%n", exp < 1 ? "" : "**", exp, exp < 1 ? "" : "**"));
            } else {
                md.append(" – |\n");
            }
        }
        md.append(String.format("%n%d of %d queries sub-linear.%n", subLinear, measured));
        Files.writeString(Path.of(prefix + ".md"), md);
        plot(
                Path.of(prefix + ".png"),
                p95,
                engine + ", " + family
                        + (served
                                ? (live ? " queries, live" : " queries as served")
                                : " mix, " + clients + " clients"));
        System.err.println(
                "growth: wrote " + prefix + ".md and .png; " + subLinear + " of " + measured + " sub-linear");
    }

    /** Clients 0: each query's latency alone, once, from the answer check that precedes the timed steps. */
    private static void alone(
            JsonNode run, String engine, String family, long size, Map<String, TreeMap<Long, Double>> into) {
        for (JsonNode check : run.get("checks")) {
            JsonNode answer = check.get("answers").get(engine);
            if (check.get("family").asString().equals(family)
                    && answer != null
                    && "ok".equals(answer.get("status").asString())) {
                into.computeIfAbsent(check.get("query").asString(), k -> new TreeMap<>())
                        .put(size, answer.get("firstMs").asDouble());
            }
        }
    }

    private static void plot(Path png, Map<String, TreeMap<Long, Double>> p95, String title) throws IOException {
        int w = 900;
        int h = 600;
        int left = 70;
        int right = 230;
        int top = 40;
        int bottom = 50;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (var m : p95.values()) {
            for (var e : m.entrySet()) {
                minX = Math.min(minX, Math.log10(e.getKey()));
                maxX = Math.max(maxX, Math.log10(e.getKey()));
                minY = Math.min(minY, Math.log10(Math.max(0.1, e.getValue())));
                maxY = Math.max(maxY, Math.log10(Math.max(0.1, e.getValue())));
            }
        }
        minY = Math.floor(minY);
        maxY = Math.ceil(maxY);
        double spanX = Math.max(1e-9, maxX - minX);
        double spanY = Math.max(1e-9, maxY - minY);
        int pw = w - left - right;
        int ph = h - top - bottom;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("p95 (ms) against store size (triples), log-log: " + title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawRect(left, top, pw, ph);
        for (int d = (int) minY; d <= (int) maxY; d++) {
            int y = top + ph - (int) ((d - minY) / spanY * ph);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", Math.pow(10, d)), 8, y + 4);
        }
        for (var m : p95.values()) {
            for (long s : m.keySet()) {
                int x = left + (int) ((Math.log10(s) - minX) / spanX * pw);
                g.drawString(String.format("%,d", s), x - 30, top + ph + 18);
            }
            break;
        }
        // a query growing linearly or worse in red, the others in shades of blue
        List<Map.Entry<String, TreeMap<Long, Double>>> byLast = new ArrayList<>(p95.entrySet());
        byLast.sort(Comparator.comparingDouble((Map.Entry<String, TreeMap<Long, Double>> e) ->
                        e.getValue().lastEntry().getValue())
                .reversed());
        int labelled = 0;
        for (var q : byLast) {
            var m = q.getValue();
            if (m.size() < 2) {
                continue;
            }
            double exp = Math.log(m.lastEntry().getValue() / m.firstEntry().getValue())
                    / Math.log((double) m.lastKey() / m.firstKey());
            g.setColor(exp >= 1 ? new Color(0xC0392B) : new Color(0x2471A3));
            g.setStroke(new BasicStroke(exp >= 1 ? 2f : 1.2f));
            int px = -1;
            int py = -1;
            for (var e : m.entrySet()) {
                int x = left + (int) ((Math.log10(e.getKey()) - minX) / spanX * pw);
                int y = top + ph - (int) ((Math.log10(Math.max(0.1, e.getValue())) - minY) / spanY * ph);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 2, y - 2, 5, 5);
                px = x;
                py = y;
            }
            if (labelled++ < 12) {
                g.drawString(String.format("%s (%.2f)", q.getKey(), exp), left + pw + 6, py + 4);
            }
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }
}
