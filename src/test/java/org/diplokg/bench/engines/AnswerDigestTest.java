package org.diplokg.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerDigestTest {

    private static final MixQuery SELECT = new MixQuery("generic", "q", "SELECT * {}", false);
    private static final MixQuery CONSTRUCT = new MixQuery("generic", "q", "CONSTRUCT {} WHERE {}", true);

    @Test
    void rowOrderNumberSpellingAndStringTypingDoNotChangeTheDigest() {
        String jena = json("""
                {"type":"uri","value":"urn:a"}, "n": {"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#decimal","value":"10.0"}, "l": {"type":"literal","value":"x"}""", """
                {"type":"uri","value":"urn:b"}, "n": {"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"2"}, "l": {"type":"literal","value":"y","xml:lang":"EN"}""");
        String virtuoso = json("""
                {"type":"uri","value":"urn:b"}, "n": {"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"2"}, "l": {"type":"literal","value":"y","xml:lang":"en"}""", """
                {"type":"uri","value":"urn:a"}, "n": {"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#double","value":"1.0E1"}, "l": {"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#string","value":"x"}""");

        assertThat(digest(SELECT, virtuoso)).isEqualTo(digest(SELECT, jena));
    }

    @Test
    void aMissingRowOrADifferentValueChangesTheDigest() {
        String two = json("""
                {"type":"uri","value":"urn:a"}, "n": {"type":"literal","value":"1"}, "l": {"type":"literal","value":"x"}""", """
                {"type":"uri","value":"urn:b"}, "n": {"type":"literal","value":"1"}, "l": {"type":"literal","value":"x"}""");
        String one = json("""
                {"type":"uri","value":"urn:a"}, "n": {"type":"literal","value":"1"}, "l": {"type":"literal","value":"x"}""");
        String changed = json("""
                {"type":"uri","value":"urn:a"}, "n": {"type":"literal","value":"1"}, "l": {"type":"literal","value":"x"}""", """
                {"type":"uri","value":"urn:b"}, "n": {"type":"literal","value":"2"}, "l": {"type":"literal","value":"x"}""");

        assertThat(digest(SELECT, one)).isNotEqualTo(digest(SELECT, two));
        assertThat(digest(SELECT, changed)).isNotEqualTo(digest(SELECT, two));
        assertThat(digest(SELECT, two).size()).isEqualTo(3); // the column line and two rows
    }

    @Test
    void graphsCompareWithoutBlankNodeLabelsOrTripleOrder() {
        String a = "<urn:s> <urn:p> _:b1 .\n_:b1 <urn:q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n";
        String b = "_:x <urn:q> \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<urn:s> <urn:p> _:x .\n";
        String c = "<urn:s> <urn:p> _:x .\n";

        assertThat(AnswerDigest.of(CONSTRUCT, reply("application/n-triples", b)))
                .isEqualTo(AnswerDigest.of(CONSTRUCT, reply("application/n-triples", a)));
        assertThat(AnswerDigest.of(CONSTRUCT, reply("application/n-triples", c)))
                .isNotEqualTo(AnswerDigest.of(CONSTRUCT, reply("application/n-triples", a)));
    }

    private static String json(String... rows) {
        StringBuilder s = new StringBuilder("{\"head\":{\"vars\":[\"s\",\"n\",\"l\"]},\"results\":{\"bindings\":[");
        for (int i = 0; i < rows.length; i++) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"s\": ")
                    .append(rows[i].strip())
                    .append('}');
        }
        return s.append("]}}").toString();
    }

    private static AnswerDigest digest(MixQuery q, String body) {
        return AnswerDigest.of(q, reply("application/sparql-results+json", body));
    }

    private static SparqlHttp.Reply reply(String type, String body) {
        return new SparqlHttp.Reply(200, type, body.getBytes(StandardCharsets.UTF_8), null);
    }
}
