package org.diplokg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A file to load. Triple formats go to {@code graphName}; quad formats keep their own graphs.
 * A name ending in {@code .gz} is read through gzip (the server's dumps are gzipped), so every
 * caller must parse through {@link #parse} rather than hand the path to Jena.
 */
public record RdfSource(Path file, Lang lang, Node graphName) {

    /** Whether the file is gzipped, judged by its name as the dumps are named. */
    public boolean gzipped() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's bytes, decompressed when gzipped. */
    public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Parses the file in its language into {@code sink}, relative IRIs against the file's location. */
    public void parse(StreamRDF sink) {
        try (InputStream in = open()) {
            RDFParser.source(in)
                    .lang(lang)
                    .base(file.toAbsolutePath().toUri().toString())
                    .parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Parses the file into {@code target}, quads into their graphs and triples into the default graph. */
    public void parse(DatasetGraph target) {
        parse(StreamRDFLib.dataset(target));
    }
}
