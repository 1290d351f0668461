package org.diplokg.cli;

import java.util.ArrayList;
import java.util.List;
import org.diplokg.DiploKgApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the same Spring application the server uses, without a web server, for CLI commands. */
final class OfflineContext {

    private OfflineContext() {}

    static ConfigurableApplicationContext offline(List<String> springArgs, boolean loadDataIfEmpty) {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--diplokg.data.load-on-empty=" + loadDataIfEmpty);
        args.add("--diplokg.queries.precompute=false");
        args.add("--diplokg.profiles.hubs=0");
        args.add("--diplokg.graph.warm-up=false");
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.org.diplokg=WARN");
        args.add("--logging.level.diplokg.access=OFF");
        args.add("--management.metrics.export.prometheus.enabled=false");
        SpringApplication app = new SpringApplication(DiploKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        return app.run(args.toArray(String[]::new));
    }
}
