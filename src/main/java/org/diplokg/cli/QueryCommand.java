package org.diplokg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultNegotiator;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.QueryOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one SPARQL query against the store and prints the result. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store and print the result.")
public class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--format",
            description =
                    "json, xml, csv, tsv (SELECT/ASK); turtle, nt, jsonld, rdfxml, trig, nq (CONSTRUCT/DESCRIBE). Default: tsv / turtle")
    String format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPARQL", description = "The query text (or use --name)")
    String sparql;

    @Option(names = "--name", description = "Run a library query from sparql/ by name (see GET /api/queries)")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A library query parameter; repeat for several")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(
            names = "--limit",
            description = "Library query: rows per page (default diplokg.queries.default-limit, 1000)")
    String limit;

    @Option(names = "--offset", description = "Library query: rows of the ordered answer to skip (default 0)")
    String offset;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), true)) {
            QueryService queries = ctx.getBean(QueryService.class);
            if ((name == null) == (sparql == null)) {
                System.err.println("Give either a SPARQL query or --name NAME");
                return 2;
            }
            if (name == null && (limit != null || offset != null)) {
                System.err.println(
                        "--limit and --offset page library queries (--name); put LIMIT / OFFSET in your own SPARQL");
                return 2;
            }
            boolean tabular;
            QueryOutcome outcome;
            org.diplokg.query.LibraryAnswer page = null;
            if (name != null) {
                tabular = true;
                java.util.Map<String, String> all = new java.util.LinkedHashMap<>(params);
                if (limit != null) {
                    all.put("limit", limit);
                }
                if (offset != null) {
                    all.put("offset", offset);
                }
                page = ctx.getBean(org.diplokg.query.LibraryQueryService.class).answer(name, all);
                outcome = page.outcome();
            } else {
                Query query = queries.parse(sparql);
                tabular = query.isSelectType() || query.isAskType();
                outcome = queries.execute(query, java.util.List.of(), java.util.List.of());
            }
            String chosen = format != null ? format : tabular ? "tsv" : "turtle";
            ResultFormat resultFormat = ctx.getBean(ResultNegotiator.class).choose(tabular, chosen, null);
            OutputStream out = new BufferedOutputStream(System.out);
            ctx.getBean(ResultWriter.class).write(outcome, resultFormat, out);
            out.flush();
            if (page != null && page.more()) {
                System.err.println("(more rows follow: repeat with --offset " + page.nextOffset() + " --limit "
                        + page.limit() + ")");
            }
            if (outcome.truncated()) {
                System.err.println("(result truncated at the configured maximum number of rows)");
            }
            return 0;
        } catch (org.diplokg.query.LibraryQueryException e) {
            System.err.println("Error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        } catch (java.io.IOException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
