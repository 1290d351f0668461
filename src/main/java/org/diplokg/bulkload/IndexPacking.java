package org.diplokg.bulkload;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Writes an empty TDB2 index from tuples already in its order, leaves first and then each level of branches above
 * them ({@link BPlusTreeRewriter}, as Jena's xloader does): every block is written once, full, in sequence, where the
 * phased loader inserts record by record into a tree whose blocks are visited in random order.
 */
final class IndexPacking {

    private IndexPacking() {}

    /** Fills {@code index} with the cursor's tuples; returns how many records it wrote. */
    static long pack(TupleIndex index, TupleCursor cursor) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Records records = new Records(cursor, factory);
        CoLib.executeWrite(
                index,
                () -> BPlusTreeRewriter.packIntoBPlusTree(
                        records,
                        tree.getParams(),
                        factory,
                        tree.getStateManager().getBufferChannel(),
                        tree.getNodeManager().getBlockMgr(),
                        tree.getRecordsMgr().getBlockMgr()));
        return records.count;
    }

    /** The cursor's tuples as index records: each node id 8 bytes, big-endian, sign bit restored. */
    private static final class Records implements Iterator<Record> {
        private final TupleCursor cursor;
        private final RecordFactory factory;
        private boolean ready;
        private boolean more;
        private long count;

        Records(TupleCursor cursor, RecordFactory factory) {
            this.cursor = cursor;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            if (!ready) {
                more = cursor.advance();
                ready = true;
            }
            return more;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            long[] tuple = cursor.current();
            byte[] key = new byte[tuple.length * Long.BYTES];
            for (int c = 0; c < tuple.length; c++) {
                Bytes.setLong(tuple[c] ^ Long.MIN_VALUE, key, c * Long.BYTES);
            }
            count++;
            return factory.create(key);
        }
    }
}
