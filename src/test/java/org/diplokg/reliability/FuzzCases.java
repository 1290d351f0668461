package org.diplokg.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of requests for {@link FuzzIT}: valid queries, updates and RDF documents, and mutations of
 * them (truncation, byte flips, random tokens, deleted or repeated slices, deep nesting, invalid UTF-8, huge
 * literals, random bytes, wrong content types). The same seed gives the same cases in the same order.
 */
final class FuzzCases {

    enum Kind {
        QUERY,
        UPDATE,
        RDF,
        ARTICLE
    }

    /** One request: what it is, how it was made, and what to send. */
    record Case(int index, Kind kind, String mutation, String method, String path, String contentType, byte[] body) {

        boolean write() {
            return kind != Kind.QUERY;
        }

        String describe() {
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "#" + index + " " + kind + "/" + mutation + " " + method + " " + path + " [" + contentType + "] "
                    + body.length + " bytes: " + text.replace('\n', ' ');
        }
    }

    static final List<String> QUERIES = List.of(
            "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 3",
            "ASK { ?s a <http://www.w3.org/2002/07/owl#Class> }",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:fuzz:g1> { ?s ?p ?o } }",
            "DESCRIBE <urn:fuzz:s1>",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?c rdfs:label ?l "
                    + "FILTER(REGEX(STR(?l), \"^Org\", \"i\")) } LIMIT 10",
            "SELECT ?x ?y WHERE { VALUES ?x { 1 2 3 } FILTER(?x > 1) OPTIONAL { ?x <urn:fuzz:p>/<urn:fuzz:q>* ?y } }",
            "SELECT (CONCAT(\"a\", STR(?x)) AS ?c) (REPLACE(\"abc\", \"b\", \"x\") AS ?r) WHERE { BIND(42 AS ?x) }",
            "SELECT * WHERE { SERVICE <CANARY/sparql> { ?s ?p ?o } }",
            "SELECT * FROM <CANARY/data.ttl> WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } MINUS { ?s a ?t } } LIMIT 2");

    static final List<String> UPDATES = List.of(
            "INSERT DATA { GRAPH <urn:fuzz:gN> { <urn:fuzz:s1> <urn:fuzz:p> \"v\" , 1 , <urn:fuzz:o> } }",
            "PREFIX f: <urn:fuzz:> INSERT DATA { GRAPH f:gN { f:s2 f:p \"w\"@vi ; f:q 2.5 } }",
            "DELETE DATA { GRAPH <urn:fuzz:gN> { <urn:fuzz:s1> <urn:fuzz:p> \"v\" } }",
            "DELETE { GRAPH ?g { ?s <urn:fuzz:p> ?o } } INSERT { GRAPH ?g { ?s <urn:fuzz:q> ?o } } WHERE { GRAPH ?g "
                    + "{ ?s <urn:fuzz:p> ?o } FILTER(STRSTARTS(STR(?g), \"urn:fuzz:\")) }",
            "DROP SILENT GRAPH <urn:fuzz:gN>",
            "CLEAR SILENT GRAPH <urn:fuzz:gN>",
            "LOAD <CANARY/x.ttl> INTO GRAPH <urn:fuzz:load>",
            "INSERT DATA { <urn:fuzz:d> <urn:fuzz:p> \"default graph\"@en }",
            "WITH <urn:fuzz:gN> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(STR(?o), \"v\")) }",
            "COPY SILENT <urn:fuzz:g1> TO <urn:fuzz:gN>");

    static final List<String[]> DOCUMENTS = List.of(
            new String[] {
                "text/turtle",
                "@prefix f: <urn:fuzz:> .\nf:s1 f:p \"ok\" , 3 ; f:q [ f:r true ] .\nf:s2 f:p (1 2 3) .\n"
            },
            new String[] {
                "application/n-triples", "<urn:fuzz:s1> <urn:fuzz:p> \"x\"@en .\n<urn:fuzz:s2> <urn:fuzz:p> _:b .\n"
            },
            new String[] {"application/trig", "@prefix f: <urn:fuzz:> .\n{ f:s1 f:p 1 . }\n"},
            new String[] {
                "application/ld+json",
                "{\"@context\": {\"p\": \"urn:fuzz:p\"}, \"@id\": \"urn:fuzz:s1\", \"p\": [\"a\", {\"@id\": \"urn:fuzz:o\"}]}"
            },
            new String[] {
                "application/rdf+xml",
                "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        + "xmlns:f=\"urn:fuzz:\"><rdf:Description rdf:about=\"urn:fuzz:s1\"><f:p>v</f:p>"
                        + "</rdf:Description></rdf:RDF>"
            },
            new String[] {"application/ld+json", "{\"@context\": \"CANARY/ctx.jsonld\", \"@id\": \"urn:fuzz:s1\"}"});

    static final List<String> TOKENS = List.of(
            "{",
            "}",
            "(",
            ")",
            "[",
            "]",
            ".",
            ";",
            ",",
            "\"",
            "'",
            "<",
            ">",
            "?x",
            "$y",
            "_:b",
            "@en",
            "^^",
            "GRAPH",
            "SERVICE",
            "UNION",
            "FILTER",
            "OPTIONAL",
            "SELECT",
            "INSERT",
            "DELETE",
            "WHERE",
            "DATA",
            "LOAD",
            "\u0000",
            "\\",
            "\\u0000",
            "\"\"\"",
            "#",
            "\n",
            "a",
            "<urn:fuzz:x>",
            "1e999999",
            "-0",
            "\"x\"^^<http://www.w3.org/2001/XMLSchema#int>",
            "@context",
            "@import",
            "@graph",
            "null",
            "true",
            ":",
            "::",
            "PREFIX",
            "BASE",
            "%",
            "&e;",
            "<!DOCTYPE",
            "\uD83D\uDE00",
            "\u202E",
            "\uFFFF",
            "∀",
            "Hà Nội");

    static final List<String> CONTENT_TYPES = List.of(
            "text/turtle",
            "application/ld+json",
            "application/rdf+xml",
            "application/n-triples",
            "application/trig",
            "application/n-quads",
            "text/plain",
            "application/json",
            "application/octet-stream",
            "application/sparql-update",
            "application/sparql-query",
            "multipart/form-data; boundary=x",
            "text/turtle; charset=latin1",
            "*/*",
            "text/turtle;;;=",
            "application/x-www-form-urlencoded",
            "image/png");

    private final Random random;
    private final String canary;

    FuzzCases(long seed, String canary) {
        this.random = new Random(seed);
        this.canary = canary;
    }

    Case next(int index) {
        int roll = random.nextInt(100);
        Kind kind = roll < 35 ? Kind.QUERY : roll < 70 ? Kind.UPDATE : roll < 97 ? Kind.RDF : Kind.ARTICLE;
        String graph = "urn:fuzz:g" + random.nextInt(8);
        String text;
        String type;
        switch (kind) {
            case QUERY -> {
                text = pick(QUERIES);
                type = "application/sparql-query";
            }
            case UPDATE -> {
                text = pick(UPDATES).replace("urn:fuzz:gN", graph).replace("f:gN", "f:g" + random.nextInt(8));
                type = "application/sparql-update";
            }
            case RDF -> {
                String[] doc = pick(DOCUMENTS);
                text = doc[1];
                type = doc[0];
            }
            default -> {
                text = "{\"text\": \"Hai bên nhất trí tăng cường hợp tác kinh tế. Số " + index + ".\"}";
                type = "application/json";
            }
        }
        text = text.replace("CANARY", canary);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String mutation = "valid";
        int m = random.nextInt(13);
        switch (m) {
            case 0, 1 -> {}
            case 2 -> {
                mutation = "truncated";
                body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
            }
            case 3 -> {
                mutation = "byte-flips";
                for (int i = random.nextInt(3) + 1; i > 0 && body.length > 0; i--) {
                    body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 4 -> {
                mutation = "tokens";
                String s = text;
                for (int i = random.nextInt(4) + 1; i > 0; i--) {
                    int at = random.nextInt(s.length() + 1);
                    s = s.substring(0, at) + pick(TOKENS) + s.substring(at);
                }
                body = s.getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                mutation = "slice-deleted";
                int a = random.nextInt(text.length());
                int b = a + random.nextInt(text.length() - a);
                body = (text.substring(0, a) + text.substring(b)).getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                mutation = "slice-repeated";
                int a = random.nextInt(text.length());
                int b = a + random.nextInt(Math.min(40, text.length() - a)) + 1;
                body = (text.substring(0, b)
                                + text.substring(a, Math.min(b, text.length())).repeat(1 + random.nextInt(200))
                                + text.substring(Math.min(b, text.length())))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                mutation = "deep";
                body = deep(kind, type, 100 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                mutation = "bad-utf8";
                byte[][] bad = {
                    {(byte) 0xC0, (byte) 0xBC},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xFF},
                    {(byte) 0xE2, (byte) 0x82}
                };
                body = splice(body, random.nextInt(body.length + 1), bad[random.nextInt(bad.length)]);
            }
            case 9 -> {
                mutation = "huge-literal";
                int size = random.nextInt(10) == 0 ? 3_000_000 : 20_000 + random.nextInt(200_000);
                String big = "x".repeat(size);
                String s = text.contains("\"") ? text.replaceFirst("\"[^\"]*\"", "\"" + big + "\"") : text + big;
                body = s.getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                mutation = "random-bytes";
                body = new byte[random.nextInt(400)];
                random.nextBytes(body);
            }
            case 11 -> {
                mutation = "content-type";
                type = random.nextInt(8) == 0 ? null : pick(CONTENT_TYPES);
            }
            default -> {
                mutation = "repeated";
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = random.nextInt(50) + 2; i > 0; i--) {
                    out.writeBytes(body);
                    out.write('\n');
                }
                body = out.toByteArray();
            }
        }
        return request(index, kind, mutation, type, body, graph);
    }

    private Case request(int index, Kind kind, String mutation, String type, byte[] body, String graph) {
        return switch (kind) {
            case QUERY ->
                random.nextInt(4) == 0 && body.length < 1500
                        ? new Case(index, kind, mutation, "GET", "/sparql?query=" + percent(body), null, new byte[0])
                        : random.nextInt(3) == 0
                                ? form(index, kind, mutation, "/sparql", "query", body)
                                : new Case(index, kind, mutation, "POST", "/sparql", type, body);
            case UPDATE ->
                random.nextInt(3) == 0
                        ? form(index, kind, mutation, "/update", "update", body)
                        : new Case(index, kind, mutation, "POST", "/update", type, body);
            case RDF ->
                new Case(
                        index,
                        kind,
                        mutation,
                        random.nextBoolean() ? "PUT" : "POST",
                        "/data?graph=" + graph.replace(":", "%3A"),
                        type,
                        body);
            case ARTICLE -> new Case(index, kind, mutation, "POST", "/api/articles", type, body);
        };
    }

    /** The body as the one field of an HTML form (the protocol's other way to send a query or an update). */
    private static Case form(int index, Kind kind, String mutation, String path, String field, byte[] body) {
        return new Case(
                index,
                kind,
                mutation,
                "POST",
                path,
                "application/x-www-form-urlencoded",
                (field + "=" + percent(body)).getBytes(StandardCharsets.US_ASCII));
    }

    private static String deep(Kind kind, String type, int depth) {
        return switch (kind) {
            case QUERY -> "SELECT * WHERE " + "{".repeat(depth) + " ?s ?p ?o " + "}".repeat(depth);
            case UPDATE ->
                "INSERT DATA { <urn:fuzz:a> <urn:fuzz:b> " + "(".repeat(depth) + "1" + ")".repeat(depth) + " }";
            case ARTICLE -> "{\"text\": " + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}";
            case RDF ->
                type.contains("json")
                        ? "{\"@id\": \"urn:fuzz:s\", \"urn:fuzz:p\": " + "[".repeat(depth) + "1" + "]".repeat(depth)
                                + "}"
                        : "<urn:fuzz:s> <urn:fuzz:p> " + "[ <urn:fuzz:p> ".repeat(depth) + "1" + " ]".repeat(depth)
                                + " .";
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static byte[] splice(byte[] body, int at, byte[] insert) {
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(body, at, out, at + insert.length, body.length - at);
        return out;
    }

    static String percent(byte[] bytes) {
        return org.diplokg.support.HttpTestClient.percent(bytes);
    }
}
