package org.diplokg.hardening;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongPatternScanTest {

    private static final int MAX = 100;
    private static final String LONG = "a".repeat(MAX + 1);

    @Test
    void aConstantPatternOverTheLimitIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> LongPatternScan.check("SELECT * { ?s ?p ?o FILTER regex(?o, \"" + LONG + "\") }", MAX))
                .isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("A regular expression of 101 characters");
        assertThatThrownBy(() -> LongPatternScan.check(
                        "SELECT (REPLACE(str(?o), '''" + LONG + "''', \"x\") AS ?r) { ?s ?p ?o }", MAX))
                .isInstanceOf(InputRefusedException.class);
    }

    @Test
    void aPatternInsideAnotherCallsFirstArgumentIsFound() {
        String q = "ASK { ?s ?p ?o FILTER regex(str(replace(?o, \"" + LONG + "\", \"\")), \"b\") }";
        assertThatThrownBy(() -> LongPatternScan.check(q, MAX)).isInstanceOf(InputRefusedException.class);
    }

    @Test
    void longLiteralsThatAreNotPatternsPass() {
        assertThatCode(() -> LongPatternScan.check("INSERT DATA { <urn:s> <urn:p> \"" + LONG + "\" }", MAX))
                .doesNotThrowAnyException();
        assertThatCode(() -> LongPatternScan.check("SELECT * { ?s ?p \"" + LONG + "\" FILTER regex(?o, \"ab\") }", MAX))
                .doesNotThrowAnyException();
        // the replacement (third argument) and text inside strings, IRIs and comments are not patterns
        assertThatCode(() -> LongPatternScan.check(
                        "SELECT (replace(?o, \"a\", \"" + LONG + "\") AS ?r) { ?s <urn:x#regex> \"regex(?o, '" + LONG
                                + "')\" # regex(?o, \"" + LONG + "\")\n }",
                        MAX))
                .doesNotThrowAnyException();
    }

    @Test
    void escapesCountAsOneCharacter() {
        String escaped = "\\\\d".repeat(MAX / 2); // MAX/2 escaped backslashes + d: MAX characters
        assertThatCode(() -> LongPatternScan.check("ASK { FILTER regex(\"x\", \"" + escaped + "\") }", MAX))
                .doesNotThrowAnyException();
    }
}
