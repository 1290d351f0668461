package org.diplokg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The analyst query library: every {@code sparql/*.rq} file on the classpath, read and parsed once
 * at start-up. A file with a malformed header or query stops the start, so a broken library
 * never ships.
 */
@Component
public class QueryLibrary {

    private static final Pattern PARAM =
            Pattern.compile("^(\\w+)\\s+(\\w+)\\s+\"([^\"]*)\"(?:\\s+default=(\\S+)|\\s+(optional))?\\s*$");

    /** Request parameter names the service and controller use themselves: paging and the format override. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("limit", "offset", "format");

    private final Map<String, LibraryQuery> queries = new TreeMap<>();

    public QueryLibrary() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:sparql/*.rq")) {
                String name = r.getFilename().replaceFirst("\\.rq$", "");
                queries.put(name, parse(name, r.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LibraryQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<LibraryQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    static LibraryQuery parse(String name, String text) {
        String title = null;
        String titleVi = null;
        StringBuilder description = new StringBuilder();
        String example = null;
        boolean precompute = false;
        boolean indexed = false;
        List<LibraryQuery.Parameter> params = new ArrayList<>();
        String last = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            int colon = body.indexOf(':');
            String key = colon > 0 && !body.substring(0, colon).contains(" ") ? body.substring(0, colon) : null;
            String value = key == null ? body : body.substring(colon + 1).strip();
            if (key == null) {
                if ("description".equals(last)) {
                    description.append(' ').append(value);
                }
                continue;
            }
            last = key;
            switch (key) {
                case "title" -> title = value;
                case "title@vi" -> titleVi = value;
                case "description" -> description.append(value);
                case "example" -> example = value;
                case "index" -> indexed = true;
                case "precompute" -> {
                    if (!value.equals("yes") && !value.equals("no")) {
                        throw new IllegalStateException(
                                "sparql/" + name + ".rq: precompute is yes or no, not " + value);
                    }
                    precompute = value.equals("yes");
                }
                case "param" -> {
                    Matcher m = PARAM.matcher(value);
                    if (!m.matches()) {
                        throw new IllegalStateException("sparql/" + name + ".rq: malformed parameter line: " + value);
                    }
                    if (RESERVED.contains(m.group(1))) {
                        throw new IllegalStateException("sparql/" + name + ".rq: parameter name '" + m.group(1)
                                + "' is reserved " + RESERVED + " (the library pages every query itself)");
                    }
                    params.add(new LibraryQuery.Parameter(
                            m.group(1), ParameterType.of(m.group(2)), m.group(3), m.group(4), m.group(5) != null));
                }
                default -> {}
            }
        }
        if (title == null || titleVi == null || description.isEmpty() || example == null) {
            throw new IllegalStateException(
                    "sparql/" + name + ".rq: the header needs title, title@vi, description and example");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new IllegalStateException("sparql/" + name + ".rq does not parse: " + e.getMessage(), e);
        }
        if (query.hasLimit() || query.hasOffset()) {
            throw new IllegalStateException(
                    "sparql/" + name + ".rq: a library query has no LIMIT or OFFSET of its own; "
                            + "clients page it with the limit and offset parameters");
        }
        if (precompute && !params.isEmpty()) {
            throw new IllegalStateException(
                    "sparql/" + name + ".rq: only a query without parameters can be precomputed");
        }
        return new LibraryQuery(
                name,
                title,
                titleVi,
                description.toString(),
                List.copyOf(params),
                example,
                precompute,
                indexed,
                text,
                query);
    }
}
