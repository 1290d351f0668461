package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that opens the store. */
public class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 database directory (default: run/tdb2)")
    Path store;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Knowledge loaded into an empty store on start (default: data)")
    Path data;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            description = "Base IRI this instance answers for (default: https://w3id.org/diplokg/)")
    String base;

    @Option(
            names = "--remote-query-url",
            paramLabel = "URL",
            description = "Use a remote SPARQL 1.1 engine: its query endpoint")
    String remoteQueryUrl;

    @Option(names = "--remote-update-url", paramLabel = "URL", description = "The remote engine's update endpoint")
    String remoteUpdateUrl;

    @Option(
            names = "--remote-gsp-url",
            paramLabel = "URL",
            description = "The remote engine's Graph Store endpoint (optional)")
    String remoteGspUrl;

    /** Spring Boot command-line properties for these options. Remote credentials come from the environment. */
    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        if (store != null) {
            args.add("--diplokg.store.location=" + store);
        }
        if (data != null) {
            args.add("--diplokg.data.directory=" + data);
        }
        if (remoteQueryUrl != null) {
            args.add("--diplokg.store.mode=remote");
            args.add("--diplokg.store.remote.query-url=" + remoteQueryUrl);
        }
        if (remoteUpdateUrl != null) {
            args.add("--diplokg.store.remote.update-url=" + remoteUpdateUrl);
        }
        if (remoteGspUrl != null) {
            args.add("--diplokg.store.remote.gsp-url=" + remoteGspUrl);
        }
        if (base != null) {
            args.add("--diplokg.base-iri=" + base);
        }
        return args;
    }
}
