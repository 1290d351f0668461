package org.diplokg.config;

import org.diplokg.sparql.SparqlProperties;
import org.diplokg.system.RequestBodyLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the HTTP filters that need settings of another package. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(SparqlProperties sparql) {
        return new RequestBodyLimitFilter(sparql.maxRequestBody().toBytes());
    }
}
