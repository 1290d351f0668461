package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one loader of the extraction rule tables ({@code extract/rules/*.tsv}): so that a linguist can
 * add a title, an honorific or a verb as a row, every table has the same shape. Lines starting with
 * {@code #} are comments; the first other line names the columns; each later line is one rule, its
 * cells separated by tabs. Every table has an {@code example} column: a phrase of our own on which
 * the row must fire ({@code RuleTablesTest} proves it, so no row is dead).
 */
public record RuleTable(String name, List<String> columns, List<Row> rows) {

    /** One rule: its cells by column name and its line in the file, for messages. */
    public record Row(String table, int line, Map<String, String> cells) {

        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalStateException(table + ":" + line + ": no column " + column);
            }
            return v;
        }

        /** The cell, or {@code fallback} when it is empty or "-". */
        public String get(String column, String fallback) {
            String v = cells.getOrDefault(column, "");
            return v.isEmpty() || v.equals("-") ? fallback : v;
        }

        public String example() {
            return get("example");
        }

        @Override
        public String toString() {
            return table + ":" + line + " " + cells;
        }
    }

    public static RuleTable load(String name) {
        String path = "/extract/rules/" + name + ".tsv";
        InputStream in = RuleTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing rule table " + path);
        }
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = List.of(cells);
                    if (!columns.contains("example")) {
                        throw new IllegalStateException(path + ": a rule table needs an example column");
                    }
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new IllegalStateException(
                            path + ":" + n + ": " + cells.length + " cells, header has " + columns.size());
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    map.put(columns.get(i), cells[i].strip());
                }
                rows.add(new Row(name, n, map));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new IllegalStateException(path + ": empty");
        }
        return new RuleTable(name, columns, List.copyOf(rows));
    }
}
