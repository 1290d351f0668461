package org.diplokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.support.DatasetComparison;
import org.diplokg.support.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entity IRIs dereference with content negotiation; dumps are complete and round-trip exactly. The
 * same checks run on the embedded store ({@link LinkedDataIT}) and on a remote Fuseki
 * ({@link RemoteLinkedDataIT}) with identical expectations.
 */
interface LinkedDataContract {

    String BASE = "https://w3id.org/diplokg/";

    HttpTestClient client();

    KnowledgeStore store();

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "id/country/VN,text/turtle,https://w3id.org/diplokg/ontology#isoAlpha2",
        "id/country/VN,application/ld+json,https://w3id.org/diplokg/ontology#isoAlpha2",
        "id/country/VN,application/n-triples,https://w3id.org/diplokg/ontology#isoAlpha2",
        "id/country/VN,application/rdf+xml,https://w3id.org/diplokg/ontology#isoAlpha2",
        "id/person/bui-thanh-son,text/turtle,http://www.w3.org/2000/01/rdf-schema#label",
        "id/person/bui-thanh-son,application/ld+json,http://www.w3.org/2000/01/rdf-schema#label",
        "id/person/bui-thanh-son,application/rdf+xml,http://www.w3.org/2000/01/rdf-schema#label",
        "id/partnership/VN-US,text/turtle,https://w3id.org/diplokg/ontology#hasStage",
        "id/partnership/VN-US,application/ld+json,https://w3id.org/diplokg/ontology#hasStage",
        "id/partnership/VN-US/2023-09-10,application/n-triples,https://w3id.org/diplokg/ontology#level",
        "id/relation/VN-US,text/turtle,https://w3id.org/diplokg/ontology#establishedOn",
        "id/post/vn-minister-of-foreign-affairs,application/ld+json,http://www.w3.org/ns/org#postIn",
        "id/org/vn-ministry-of-foreign-affairs,application/rdf+xml,http://www.w3.org/2000/01/rdf-schema#label",
        "id/holding/bui-thanh-son/vn-minister-of-foreign-affairs/2021-04-08,text/turtle,https://w3id.org/diplokg/ontology#holder"
    })
    default void entityAnswersEachFormatWithItsDescription(String path, String mediaType, String property) {
        HttpResponse<String> r = client().get("/" + path, "Accept", mediaType);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        assertThat(r.headers().allValues("Vary")).contains("Accept");
        assertThat(r.headers().firstValue("Link").orElse("")).contains("rel=\"alternate\"");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(mediaType))
                .parse(g);
        assertThat(g.contains(
                        NodeFactory.createURI(BASE + path),
                        NodeFactory.createURI(property),
                        org.apache.jena.graph.Node.ANY))
                .isTrue();
    }

    @Test
    default void linkedResourcesComeWithTheirLabels() {
        HttpResponse<String> r = client().get("/id/partnership/VN-US", "Accept", "application/n-triples");
        assertThat(r.body())
                .contains("<" + BASE
                        + "id/country/US> <http://www.w3.org/2000/01/rdf-schema#label> \"United States\"@en");
    }

    @Test
    default void htmlPageShowsLabelsSourcesAndGraphLink() {
        HttpResponse<String> r = client().get("/id/person/pham-binh-minh", "Accept", "text/html,application/xhtml+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("Phạm Bình Minh", "Pham Binh Minh", "diplokg-curation", "/graph?center=");
    }

    @Test
    default void formatParameterOverridesAccept() {
        HttpResponse<String> r = client().get("/id/country/FR?format=nt", "Accept", "text/html");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
    }

    @Test
    default void unknownIriIs404WithAHelpfulPage() {
        HttpResponse<String> r = client().get("/id/person/nobody-at-all", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("/id/country/VN");
    }

    @Test
    default void headAndConditionalGet() {
        HttpResponse<String> head = client().send(client().request("/id/country/VN")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/turtle"));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        String etag = head.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client().get("/id/country/VN", "Accept", "text/turtle", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    default void voidDescribesTheDataset() {
        HttpResponse<String> r = client().get("/.well-known/void", "Accept", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertThat(r.body())
                .contains(
                        "void:sparqlEndpoint",
                        "void:dataDump",
                        "void:classPartition",
                        "creativecommons.org/licenses/by/4.0");
    }

    @Test
    default void jsonLdContextIsPublished() {
        HttpResponse<String> r = client().get("/context.jsonld");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(r.body()).contains("\"holder\"", "\"from\"", "\"name\"");
    }

    @Test
    default void ontologyIsServedAsPageAndAsRdf() {
        assertThat(client().get("/ontology", "Accept", "text/html").body())
                .contains("dk:PartnershipStage", "Giai đoạn đối tác", "<svg", "aria-label=\"class hierarchy\"");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(
                        client().get("/ontology", "Accept", "application/rdf+xml")
                                .body(),
                        Lang.RDFXML)
                .parse(g);
        assertThat(g.size()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @CsvSource({"diplokg.trig.gz,TRIG", "diplokg.nq.gz,NQUADS", "diplokg.jsonld.gz,JSONLD"})
    default void dumpReimportsIsomorphically(String file, String lang) throws IOException {
        HttpResponse<byte[]> r =
                client().sendBytes(client().request("/dumps/" + file).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        DatasetGraph reimported = DatasetGraphFactory.createGeneral();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body())))
                .lang(RDFLanguages.nameToLang(lang))
                .parse(StreamRDFLib.dataset(reimported));
        DatasetGraph original = DatasetGraphFactory.createGeneral();
        store().export(StreamRDFLib.dataset(original));
        // graph by graph, with Jena's isomorphism test: blank nodes are relabelled by the round trip
        DatasetComparison.assertIsomorphicGraphByGraph(reimported, original, g -> true);
        HttpResponse<byte[]> cached = client().sendBytes(client().request("/dumps/" + file)
                .GET()
                .header("If-None-Match", r.headers().firstValue("ETag").get()));
        assertThat(cached.statusCode()).isEqualTo(304);
    }

    @Test
    default void pythonRdflibReadsTheDumpsAndAnEntity() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Path dir = Files.createTempDirectory("rdflib-");
        for (String f : List.of("diplokg.nq.gz", "diplokg.jsonld.gz")) {
            Files.write(
                    dir.resolve(f),
                    client().sendBytes(client().request("/dumps/" + f).GET()).body());
        }
        Files.writeString(
                dir.resolve("vn.ttl"),
                client().get("/id/country/VN", "Accept", "text/turtle").body());
        String script = """
                import gzip, rdflib, sys
                d = sys.argv[1]
                nq = rdflib.Dataset(); nq.parse(gzip.open(d + '/diplokg.nq.gz'), format='nquads')
                js = rdflib.Dataset(); js.parse(data=gzip.open(d + '/diplokg.jsonld.gz').read(), format='json-ld')
                vn = rdflib.Graph(); vn.parse(d + '/vn.ttl', format='turtle')
                code = vn.value(rdflib.URIRef('https://w3id.org/diplokg/id/country/VN'), rdflib.URIRef('https://w3id.org/diplokg/ontology#isoAlpha2'))
                print(len(list(nq.quads((None, None, None, None)))), len(list(js.quads((None, None, None, None)))), code)
                """;
        Process p = new ProcessBuilder(python.toString(), "-c", script, dir.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.exitValue()).as(out).isZero();
        String[] parts = out.split("\\s+");
        long quads = store().size();
        assertThat(Long.parseLong(parts[0])).isEqualTo(quads);
        assertThat(Long.parseLong(parts[1])).isEqualTo(quads);
        assertThat(parts[2]).isEqualTo("VN");
    }
}
