package org.diplokg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spring Boot entry point. Started by the {@code serve} CLI command (web) and by the other CLI
 * commands without a web server, so that the CLI and HTTP share exactly the same services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiploKgApplication {}
