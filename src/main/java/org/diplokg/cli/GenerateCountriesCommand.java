package org.diplokg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplokg.knowledge.CountryReferenceGenerator;
import org.diplokg.ontology.IriPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the country reference set from CLDR; no store needed. */
@Command(
        name = "generate-countries",
        mixinStandardHelpOptions = true,
        description = "Write the UN member and observer states with ISO codes and CLDR names (vi, en) as Turtle.")
public class GenerateCountriesCommand implements Callable<Integer> {

    @Option(
            names = {"-o", "--output"},
            defaultValue = "data/reference/countries.ttl",
            description = "Output file (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(
            names = "--base",
            defaultValue = IriPolicy.DEFAULT_BASE,
            description = "Base IRI (default: ${DEFAULT-VALUE})")
    String base;

    @Override
    public Integer call() throws IOException {
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        CountryReferenceGenerator generator = new CountryReferenceGenerator();
        Files.writeString(output, generator.turtle(base), StandardCharsets.UTF_8);
        System.err.printf("Wrote %d states to %s%n", generator.states().size(), output);
        return 0;
    }
}
