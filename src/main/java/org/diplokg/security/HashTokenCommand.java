package org.diplokg.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diplokg hash-token}: prints the SHA-256 to put in the configuration or the tokens file, so a
 * token never has to be written down in clear on the server. Reads the token from standard input (not
 * from the command line, where it would land in the shell history), or makes a new random one.
 */
@Command(
        name = "hash-token",
        mixinStandardHelpOptions = true,
        description = {
            "Print the SHA-256 of a token read from standard input (one line),",
            "or with --generate make a random token and print it with its hash."
        })
public class HashTokenCommand implements Callable<Integer> {

    @Option(names = "--generate", description = "Make a new random token (32 bytes, hex) and print 'token sha256'")
    boolean generate;

    @Override
    public Integer call() throws IOException {
        if (generate) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            System.out.println(token + " " + TokenHash.hex(token));
            return 0;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            System.err.println(
                    "hash-token: give the token on standard input, e.g. printf %s \"$TOKEN\" | diplokg hash-token");
            return 2;
        }
        System.out.println(TokenHash.hex(line.strip()));
        return 0;
    }
}
