package org.diplokg.bench.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.QueryLibrary;
import org.diplokg.store.SparqlFiles;

/**
 * The query mix of the three-engine benchmark, read from data rather than code: the 13 generic queries under
 * {@code src/test/resources/bench/engines/generic/} and the analyst library ({@code sparql/*.rq}) with parameters
 * bound on the parsed query, as {@code /api/queries} binds them. The library's defaults name entities the generator
 * reuses from {@code data/}, so they hit data at every size; {@code library-params.properties} overrides a few.
 */
final class EngineMix {

    private static final String GENERIC = "bench/engines/generic";
    private static final String PARAMS = "bench/engines/library-params.properties";

    private EngineMix() {}

    static List<MixQuery> load() {
        List<MixQuery> mix = new ArrayList<>(generic());
        mix.addAll(library());
        return mix;
    }

    private static List<MixQuery> generic() {
        Path dir = Path.of("src/test/resources").resolve(GENERIC);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rq"))
                    .sorted()
                    .map(f -> {
                        String text = read(f);
                        String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                        return new MixQuery("generic", name, text, isGraph(QueryFactory.create(text)));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<MixQuery> library() {
        Properties overrides = new Properties();
        try (InputStream in = EngineMix.class.getClassLoader().getResourceAsStream(PARAMS)) {
            if (in != null) {
                overrides.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MixQuery> mix = new ArrayList<>();
        for (LibraryQuery q : new QueryLibrary().all()) {
            Map<String, String> raw = queryString(overrides.getProperty(q.name(), ""));
            Map<String, Node> values = new HashMap<>();
            for (LibraryQuery.Parameter p : q.parameters()) {
                String v = raw.getOrDefault(p.name(), p.defaultValue());
                if (v != null) {
                    values.put(p.name(), p.type().parse(p.name(), v, IriPolicy.DEFAULT_BASE));
                }
            }
            Query bound = SparqlFiles.bind(q.query(), values);
            mix.add(new MixQuery("library", q.name(), bound.serialize(), isGraph(bound)));
        }
        return mix;
    }

    private static boolean isGraph(Query q) {
        return q.isConstructType() || q.isDescribeType();
    }

    private static Map<String, String> queryString(String s) {
        Map<String, String> m = new HashMap<>();
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
