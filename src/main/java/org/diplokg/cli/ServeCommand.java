package org.diplokg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplokg.DiploKgApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the HTTP server. The write token comes from the DIPLOKG_UPDATE_TOKEN environment variable. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the SPARQL / linked-data server on an embedded TDB2 store.",
            "An empty store is filled from the data directory first.",
            "Writes are enabled when DIPLOKG_UPDATE_TOKEN is set."
        })
public class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", description = "HTTP port (default 8080; 0 picks a free port)")
    Integer port;

    @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1)")
    String bind;

    @Option(
            names = "--spring",
            paramLabel = "KEY=VALUE",
            description = "Any other setting, e.g. --spring diplokg.sparql.query-timeout=10s")
    List<String> extra = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(storeOptions.springArgs());
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (bind != null) {
            args.add("--server.address=" + bind);
        }
        extra.forEach(kv -> args.add("--" + kv));
        SpringApplication.run(DiploKgApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
