package org.diplokg.bench.engines;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * The p95 latency of each engine against the graph size, one panel per query family, log scales on both axes,
 * drawn with java.awt in headless mode so the harness needs no plotting library.
 */
final class P95Plot {

    /** One point: engine, family, size in triples, p95 in milliseconds. */
    record Point(String engine, String family, long size, double p95) {}

    private static final Color[] COLOURS = {
        new Color(0xC0392B), new Color(0x2471A3), new Color(0x229954), new Color(0x7D3C98)
    };
    private static final int PANEL_W = 480;
    private static final int H = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private P95Plot() {}

    static void write(Path png, List<String> families, List<String> engines, List<Point> points, String subtitle)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(PANEL_W * families.size(), H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), H);
        for (int f = 0; f < families.size(); f++) {
            String family = families.get(f);
            List<Point> mine =
                    points.stream().filter(p -> p.family().equals(family)).toList();
            panel(g, f * PANEL_W, family + " mix: p95 (ms) " + subtitle, engines, mine);
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<String> engines, List<Point> points) {
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, x0 + LEFT, 25);
        int w = PANEL_W - LEFT - RIGHT;
        int h = H - TOP - BOTTOM;
        g.drawRect(x0 + LEFT, TOP, w, h);
        if (points.isEmpty()) {
            g.drawString("no timed queries", x0 + LEFT + 20, TOP + h / 2);
            return;
        }
        double minX = Math.log10(points.stream().mapToLong(Point::size).min().orElseThrow());
        double maxX = Math.log10(points.stream().mapToLong(Point::size).max().orElseThrow());
        if (maxX - minX < 0.5) {
            minX -= 0.25;
            maxX += 0.25;
        }
        double minY = Math.floor(Math.log10(
                points.stream().mapToDouble(Point::p95).filter(v -> v > 0).min().orElse(1)));
        double maxY = Math.ceil(
                Math.log10(points.stream().mapToDouble(Point::p95).max().orElse(10)));
        if (maxY <= minY) {
            maxY = minY + 1;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double d = minY; d <= maxY; d++) { // decades on the y axis
            int y = TOP + h - (int) ((d - minY) / (maxY - minY) * h);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(x0 + LEFT, y, x0 + LEFT + w, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", Math.pow(10, d)).replace(",", " ") + (d < 0 ? "" : ""), x0 + 5, y + 4);
        }
        Map<Long, Boolean> sizes = new TreeMap<>();
        points.forEach(p -> sizes.put(p.size(), true));
        for (long s : sizes.keySet()) {
            int x = x0 + LEFT + (int) ((Math.log10(s) - minX) / (maxX - minX) * w);
            g.setColor(Color.BLACK);
            g.drawLine(x, TOP + h, x, TOP + h + 4);
            g.drawString(label(s), x - 15, TOP + h + 18);
        }
        g.drawString("triples (log scale)", x0 + LEFT + w / 2 - 45, H - 15);
        for (int e = 0; e < engines.size(); e++) {
            String engine = engines.get(e);
            g.setColor(COLOURS[e % COLOURS.length]);
            g.setStroke(new BasicStroke(2f));
            int px = -1;
            int py = -1;
            for (Point p : points.stream()
                    .filter(p -> p.engine().equals(engine))
                    .sorted(java.util.Comparator.comparingLong(Point::size))
                    .toList()) {
                int x = x0 + LEFT + (int) ((Math.log10(p.size()) - minX) / (maxX - minX) * w);
                int y = TOP
                        + h
                        - (int) ((Math.log10(Math.max(p.p95(), Math.pow(10, minY))) - minY) / (maxY - minY) * h);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.fillRect(x0 + LEFT + 10, TOP + 10 + e * 16, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(engine, x0 + LEFT + 26, TOP + 19 + e * 16);
        }
    }

    private static String label(long size) {
        if (size >= 1_000_000) {
            return (size % 1_000_000 == 0 ? String.valueOf(size / 1_000_000) : String.format("%.1f", size / 1e6)) + "M";
        }
        return (size / 1000) + "k";
    }
}
