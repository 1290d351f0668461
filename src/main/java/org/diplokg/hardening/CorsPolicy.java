package org.diplokg.hardening;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin writes are off: a browser page from another origin cannot send a write (its preflight is
 * refused), unless the operator names the origins in {@code diplokg.hardening.cors-write-origins}.
 * Reads are not affected.
 */
@Configuration(proxyBeanMethods = false)
public class CorsPolicy implements WebMvcConfigurer {

    private final HardeningProperties settings;

    public CorsPolicy(HardeningProperties settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (settings.corsWriteOrigins().isEmpty()) {
            return;
        }
        String[] origins = settings.corsWriteOrigins().toArray(String[]::new);
        for (String path : new String[] {"/update", "/data", "/data/**", "/api/**"}) {
            registry.addMapping(path)
                    .allowedOrigins(origins)
                    .allowedMethods("GET", "HEAD", "POST", "PUT", "DELETE")
                    .allowedHeaders("Authorization", "Content-Type")
                    .maxAge(600);
        }
    }
}
