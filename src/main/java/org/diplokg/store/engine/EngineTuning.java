package org.diplokg.store.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.sparql.expr.NodeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide tuning of Jena's query engine for the embedded store, applied once when the store
 * opens. Jena 6 offers no setting for its expression-value cache (a static field of {@link NodeValue}),
 * so it is replaced by reflection with {@link LiteralValueCache}; if a later Jena renames or seals the
 * field, the store keeps working with Jena's own cache and says so in the log.
 */
public final class EngineTuning {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);

    /** Slots of the literal table: about 1 MiB of references, room for the literals of a large scan. */
    static final int LITERAL_SLOTS = 1 << 17;

    private EngineTuning() {}

    /** Installs {@link LiteralValueCache} as ARQ's expression-value cache unless it is installed already; true if it is in place. */
    public static synchronized boolean apply() {
        try {
            Field field = NodeValue.class.getDeclaredField("nodeValueCache");
            if (!Cache.class.isAssignableFrom(field.getType()) || Modifier.isFinal(field.getModifiers())) {
                LOG.warn("Jena's NodeValue cache cannot be replaced here; expression-heavy scans stay slower");
                return false;
            }
            field.setAccessible(true);
            if (!(field.get(null) instanceof LiteralValueCache)) {
                field.set(null, new LiteralValueCache(LITERAL_SLOTS));
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Jena's NodeValue cache not replaced ({}); expression-heavy scans stay slower", e.toString());
            return false;
        }
    }

    /** Whether ARQ currently uses {@link LiteralValueCache} (for tests and the benchmark notes). */
    public static boolean applied() {
        try {
            Field field = NodeValue.class.getDeclaredField("nodeValueCache");
            field.setAccessible(true);
            return field.get(null) instanceof LiteralValueCache;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
