package org.diplokg.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Gzip at the fastest level: generation is CPU-bound and the files are read once, by a loader. */
final class FastGzip extends GZIPOutputStream {

    FastGzip(OutputStream out) throws IOException {
        super(out, 1 << 16);
        def.setLevel(Deflater.BEST_SPEED);
    }
}
