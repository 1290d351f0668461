package org.diplokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SELECT answers longer than the rows the endpoint holds before it commits ({@link ResultWriter#HELD_ROWS}) are
 * written while the engine produces them: whole and well-formed in every format, cut at the row limit with the
 * truncation announced in a trailer, and closed without their end when the query fails half-way.
 */
@TestPropertySource(properties = {"diplokg.sparql.max-result-rows=30000", "diplokg.sparql.query-timeout=3s"})
class StreamedAnswersIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-streamed-");
    private static final int SUBJECTS = 200;

    /** 200 × 100 = 20,000 rows: past the held rows, within the row limit. */
    private static final String TWENTY_THOUSAND = "SELECT ?a ?b WHERE { GRAPH <urn:stream:g> {"
            + " ?a <urn:stream:p> ?x . ?b <urn:stream:p> ?y FILTER(?y < 100) } }";

    /** 200 × 200 = 40,000 rows: past the row limit. */
    private static final String FORTY_THOUSAND =
            "SELECT ?a ?b WHERE { GRAPH <urn:stream:g> { ?a <urn:stream:p> ?x . ?b <urn:stream:p> ?y } }";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        ownEmptyStore(registry, STORE);
    }

    @BeforeEach
    void data() {
        if (http.query("ASK { GRAPH <urn:stream:g> { ?s ?p ?o } }", "application/sparql-results+json")
                .body()
                .contains("true")) {
            return;
        }
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:stream:g> {");
        for (int i = 0; i < SUBJECTS; i++) {
            insert.append(" <urn:stream:s")
                    .append(i)
                    .append("> <urn:stream:p> ")
                    .append(i)
                    .append(" .");
        }
        assertThat(http.update(insert.append(" } }").toString()).statusCode()).isEqualTo(204);
    }

    @Test
    void answerLongerThanTheHeldRowsArrivesWholeInEveryFormat() {
        HttpResponse<String> json = http.query(TWENTY_THOUSAND, "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue(ResultWriter.TRUNCATED_HEADER)).isEmpty();
        JsonNode bindings = JsonMapper.builder()
                .build()
                .readTree(json.body())
                .path("results")
                .path("bindings");
        assertThat(bindings.size()).isEqualTo(20_000);

        HttpResponse<String> csv = http.query(TWENTY_THOUSAND, "text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(20_001).startsWith("a,b");

        HttpResponse<String> xml = http.query(TWENTY_THOUSAND, "application/sparql-results+xml");
        assertThat(xml.body().split("<result>", -1)).hasSize(20_001);
        assertThat(xml.body().strip()).endsWith("</sparql>");

        HttpResponse<String> tsv = http.query(TWENTY_THOUSAND, "text/tab-separated-values");
        assertThat(tsv.body().split("\n")).hasSize(20_001);
    }

    @Test
    void answerCutByTheRowLimitAfterItBeganSaysSoInTheTrailer() throws IOException {
        RawAnswer answer = RawAnswer.fetch(port, FORTY_THOUSAND);
        assertThat(answer.head()).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
        assertThat(answer.complete()).isTrue();
        assertThat(answer.body().split("\r\n")).hasSize(30_001);
        assertThat(answer.trailer()).containsIgnoringCase(ResultWriter.TRUNCATED_HEADER + ": true");
    }

    @Test
    void answerThatFitsInTheHeldRowsStillCarriesTheTruncationHeader() {
        HttpResponse<String> csv = http.query(
                "SELECT ?a WHERE { GRAPH <urn:stream:g> { ?a <urn:stream:p> ?x } } ORDER BY ?x LIMIT 7", "text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(8).contains("urn:stream:s6");
        assertThat(csv.headers().firstValue(ResultWriter.TRUNCATED_HEADER)).isEmpty();
    }

    @Test
    void failureAfterTheAnswerBeganClosesTheConnectionWithoutEndingTheAnswer() throws IOException {
        // 20,000 quick rows commit the answer, then a branch of 1.6 billion combinations runs past the 3 s limit
        String slowTail = "SELECT ?a ?b WHERE { GRAPH <urn:stream:g> {"
                + " { ?a <urn:stream:p> ?x . ?b <urn:stream:p> ?y FILTER(?y < 100) }"
                + " UNION { ?a <urn:stream:p> ?x . ?b <urn:stream:p> ?y . ?c <urn:stream:p> ?z . ?d <urn:stream:p> ?w"
                + " FILTER(?x + ?y + ?z + ?w < 0) } } }";
        RawAnswer answer = RawAnswer.fetch(port, slowTail);
        assertThat(answer.head()).startsWith("HTTP/1.1 200");
        assertThat(answer.complete()).as("the chunked answer has no last chunk").isFalse();
        assertThat(answer.body().split("\r\n").length).isGreaterThan(10_000);

        // the server is fine afterwards and its query slot is free
        assertThat(http.query("ASK { }", "application/sparql-results+json").statusCode())
                .isEqualTo(200);
    }

    /**
     * One HTTP/1.1 exchange on a raw socket, asking for trailers, so the test sees what a client library hides: the
     * chunked framing, its end (or its absence) and the trailer fields.
     */
    record RawAnswer(String head, String body, boolean complete, String trailer) {

        static RawAnswer fetch(int port, String query) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                String request = "GET /sparql?query=" + HttpTestClient.enc(query) + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nAccept: text/csv\r\nTE: trailers\r\nConnection: close\r\n\r\n";
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return parse(socket.getInputStream().readAllBytes());
            }
        }

        private static RawAnswer parse(byte[] raw) {
            String all = new String(raw, StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = all.substring(0, split);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = split + 4;
            while (true) {
                int lineEnd = all.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    return new RawAnswer(head, body.toString(StandardCharsets.UTF_8), false, "");
                }
                int size = Integer.parseInt(all.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    String trailer = all.substring(lineEnd + 2);
                    return new RawAnswer(
                            head, body.toString(StandardCharsets.UTF_8), trailer.endsWith("\r\n"), trailer);
                }
                int end = Math.min(all.length(), lineEnd + 2 + size);
                body.writeBytes(all.substring(lineEnd + 2, end).getBytes(StandardCharsets.UTF_8));
                if (end < lineEnd + 2 + size) {
                    return new RawAnswer(head, body.toString(StandardCharsets.UTF_8), false, "");
                }
                at = end + 2;
            }
        }
    }
}
