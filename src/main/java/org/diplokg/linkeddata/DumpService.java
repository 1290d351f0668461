package org.diplokg.linkeddata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.diplokg.store.KnowledgeStore;
import org.springframework.stereotype.Service;

/** Streams the whole dataset in a dump format; shared by {@code /dumps} and the {@code export} command. */
@Service
public class DumpService {

    public enum DumpFormat {
        TRIG("trig", "application/trig"),
        NQUADS("nq", "application/n-quads"),
        JSONLD("jsonld", "application/ld+json");

        final String extension;
        final String mediaType;

        DumpFormat(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private final KnowledgeStore store;
    private String seenVersion = "";
    private Instant changedAt = Instant.now();

    public DumpService(KnowledgeStore store) {
        this.store = store;
    }

    public void write(DumpFormat format, OutputStream out) {
        StreamRDF sink = switch (format) {
            case TRIG -> new TrigStreamWriter(out);
            case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case JSONLD -> new JsonLdStreamWriter(out);
        };
        // read the store on this thread, serialise (and compress) on another: the two halves take about as long
        PipelinedStreamRDF pipeline = new PipelinedStreamRDF(sink);
        try {
            store.export(pipeline);
        } catch (RuntimeException | Error e) {
            pipeline.abort();
            throw e;
        }
    }

    /** The dump as {@code /dumps/*.gz} sends it: gzip-compressed, streamed. */
    public void writeCompressed(DumpFormat format, OutputStream out) throws IOException {
        // the writers emit many small pieces; each write into GZIPOutputStream is a call into zlib, so buffer first.
        // Deflate level 1: with the store read on its own thread, compression is the slower half of the pipeline
        // (docs/benchmarks.md, dump streaming)
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
        try (BufferedOutputStream buffered = new BufferedOutputStream(gzip, 1 << 16)) {
            write(format, buffered);
        }
    }

    public String version() {
        return store.version();
    }

    /** When the dataset last changed, as far as this instance has seen. */
    public synchronized Instant lastModified() {
        String v = store.version();
        if (!v.equals(seenVersion)) {
            seenVersion = v;
            changedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        return changedAt;
    }
}
