package org.diplokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplokg.knowledge.CoverageReport;
import org.diplokg.knowledge.CoverageService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints what each source contributed and which annotated seed facts are missing. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Per source graph (seed article, reference set): facts of each kind and how many name their source;",
            "per seed article: annotated (gold) facts the store does not hold. Exit 5 when gold facts are missing."
        })
public class CoverageCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--gold",
            defaultValue = "data/annotations/gold",
            description = "Gold lists (default: ${DEFAULT-VALUE})")
    Path gold;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OfflineContext.offline(storeOptions.springArgs(), true)) {
            CoverageReport report = ctx.getBean(CoverageService.class).report(gold);
            for (CoverageReport.GraphCoverage g : report.graphs()) {
                System.out.printf("%s  [%s]  from %s%n", g.graph(), g.graphKind(), g.derivedFrom());
                g.factsAndSourced()
                        .forEach((kind, n) ->
                                System.out.printf("    %-18s %6d facts, %6d with a source%n", kind, n[0], n[1]));
            }
            int missing = 0;
            for (Map.Entry<String, List<String>> e : report.missingGold().entrySet()) {
                System.out.printf(
                        "gold %s: %d missing%n", e.getKey(), e.getValue().size());
                e.getValue().forEach(m -> System.out.println("    missing " + m));
                missing += e.getValue().size();
            }
            return missing == 0 ? 0 : 5;
        } catch (RuntimeException e) {
            return CliErrors.report(e);
        }
    }
}
