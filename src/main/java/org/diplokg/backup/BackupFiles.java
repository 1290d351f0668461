package org.diplokg.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.engine.StoreStatistics;

/**
 * The file side of backups: a snapshot is the whole dataset as gzip N-Quads written from one read
 * transaction (so it is consistent while writes go on); a restore reads one into an empty TDB2 store in one
 * write transaction, keeping blank-node labels as written (the same quads, not merely isomorphic ones); compaction rewrites a TDB2 store without its dead versions.
 */
public final class BackupFiles {

    private BackupFiles() {}

    /** Writes the snapshot to {@code target} (through a temporary file, renamed at the end); returns quads written. */
    public static long snapshot(KnowledgeStore store, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        AtomicLong quads = new AtomicLong();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out =
                    new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                store.export(new StreamRDFWrapper(writer) {
                    @Override
                    public void quad(Quad q) {
                        quads.incrementAndGet();
                        super.quad(q);
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        quad(new Quad(Quad.defaultGraphIRI, t));
                    }
                });
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return quads.get();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is left for the operator
            }
            throw new UncheckedIOException("Backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Restores a snapshot into the TDB2 store at {@code storeDir}, which must be empty; returns quads restored. */
    public static long restore(Path storeDir, Path snapshot) {
        DatasetGraph dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        try {
            if (!Txn.calculateRead(dsg, dsg::isEmpty)) {
                throw new IllegalStateException(
                        "The store at " + storeDir + " is not empty; restore only into an empty store");
            }
            AtomicLong quads = new AtomicLong();
            Txn.executeWrite(dsg, () -> {
                StreamRDF into = StreamRDFLib.dataset(dsg);
                try (InputStream in = new GZIPInputStream(Files.newInputStream(snapshot), 1 << 16)) {
                    RDFParser.source(in)
                            .lang(Lang.NQUADS)
                            .labelToNode(LabelToNode.createUseLabelAsGiven())
                            .parse(new StreamRDFWrapper(into) {
                                @Override
                                public void quad(Quad q) {
                                    quads.incrementAndGet();
                                    super.quad(q);
                                }
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return quads.get();
        } finally {
            dsg.close();
        }
    }

    /** Compacts the TDB2 store at {@code storeDir} (no other process may have it open) and deletes the old generation. */
    public static void compact(Path storeDir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        try {
            DatabaseMgr.compact(dsg, true);
            StoreStatistics.write(dsg); // the new data directory has no statistics yet
        } finally {
            dsg.close();
            // forget the open store, so the next open in this JVM builds it again and reads the new statistics
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    /** Bytes on disk under a directory. */
    public static long diskSize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
