package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that opens the store. */
public class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 database directory (default: run/tdb2)")
    Path store;

    @Option(names = "--data", paramLabel = "DIR", description = "Knowledge loaded into an empty store on start (default: data)")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI this instance answers for (default: https://w3id.org/diplokg/)")
    String base;

    /** Spring Boot command-line properties for these options. */
    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        if (store != null) {
            args.add("--diplokg.store.location=" + store);
        }
        if (data != null) {
            args.add("--diplokg.data.directory=" + data);
        }
        if (base != null) {
            args.add("--diplokg.base-iri=" + base);
        }
        return args;
    }
}
