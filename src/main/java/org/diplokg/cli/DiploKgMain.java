package org.diplokg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single entry point of {@code diplokg.jar}: {@code serve} (the default when no command is
 * given, so {@code ./mvnw spring-boot:run} serves), {@code load}, {@code query}, {@code validate},
 * {@code export}, {@code generate}.
 */
@Command(
        name = "diplokg",
        mixinStandardHelpOptions = true,
        version = "DiploKG 0.1.0",
        description = "Knowledge graph of diplomatic relations: SPARQL server, loader and tools.",
        subcommands = {
            ServeCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            IngestCommand.class,
            EvalCommand.class,
            GenerateCountriesCommand.class,
            MigrateCommand.class,
            CoverageCommand.class,
            org.diplokg.security.HashTokenCommand.class,
            RestoreCommand.class,
            CompactCommand.class,
            org.diplokg.generate.GenerateCommand.class,
            CommandLine.HelpCommand.class
        })
public class DiploKgMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine cli = new CommandLine(new DiploKgMain());
        int code = cli.execute(effective);
        CommandLine.ParseResult parsed = cli.getParseResult();
        boolean serving = parsed != null
                && parsed.subcommand() != null
                && "serve".equals(parsed.subcommand().commandSpec().name())
                && code == 0
                && !parsed.subcommand().isUsageHelpRequested();
        if (!serving) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
