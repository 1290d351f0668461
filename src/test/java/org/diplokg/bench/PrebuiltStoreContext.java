package org.diplokg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.DiploKgApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** DiploKG's application context, without a web server, over a prebuilt benchmark store (nothing loaded at start-up). */
final class PrebuiltStoreContext {

    private PrebuiltStoreContext() {}

    /** {@code storeDir} as made by {@link ScaleStore} (its {@code tdb2} folder is opened); {@code settings} are more {@code --name=value} arguments. */
    static ConfigurableApplicationContext start(Path project, Path storeDir, String... settings) {
        SpringApplication app = new SpringApplication(DiploKgApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of(
                "--diplokg.store.location=" + storeDir.resolve("tdb2"),
                "--diplokg.data.directory=" + project.resolve("data"),
                "--diplokg.data.load-on-empty=false",
                "--logging.level.root=WARN"));
        args.addAll(List.of(settings));
        return app.run(args.toArray(String[]::new));
    }
}
