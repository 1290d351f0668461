package org.diplokg.feed;

import java.nio.file.Path;
import org.diplokg.extract.ArticleIngestion;
import org.diplokg.feed.fetch.AddressGuard;
import org.diplokg.feed.fetch.FetchLimits;
import org.diplokg.feed.fetch.HostGate;
import org.diplokg.feed.fetch.SafeFetcher;
import org.diplokg.store.StoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Builds the feed crawler from {@link FeedProperties}: one fetcher, one host gate and one
 * robots.txt cache shared by the CLI run or by every scheduled poll, so politeness holds across
 * feeds that share a host.
 */
@Configuration(proxyBeanMethods = false)
public class FeedConfiguration {

    @Bean
    FeedProperties feedProperties(Environment environment) {
        return FeedProperties.bind(environment);
    }

    @Bean
    FeedState feedState(FeedProperties properties, StoreProperties store) {
        return new FeedState(stateFile(properties, store));
    }

    /** The configured file; else {@code <store>.feed-state.properties} beside the TDB2 directory; remote: {@code run/}. */
    static Path stateFile(FeedProperties properties, StoreProperties store) {
        if (properties.stateFile() != null && !properties.stateFile().toString().isBlank()) {
            return properties.stateFile();
        }
        if (store.isRemote()) {
            return Path.of("run", "remote-store.feed-state.properties");
        }
        Path location = store.location().toAbsolutePath().normalize();
        return location.resolveSibling(location.getFileName() + ".feed-state.properties");
    }

    @Bean
    SafeFetcher feedFetcher(FeedProperties p) {
        return new SafeFetcher(
                new AddressGuard(p.allowHosts()),
                new FetchLimits(
                        p.maxPageSize().toBytes(),
                        p.connectTimeout(),
                        p.readTimeout(),
                        p.maxRedirects(),
                        p.userAgent()));
    }

    @Bean
    FeedCrawler feedCrawler(ArticleIngestion ingestion, SafeFetcher fetcher, FeedProperties p, FeedState state) {
        return new FeedCrawler(ingestion, fetcher, new HostGate(p.hostDelay()), state);
    }
}
