package org.diplokg.store;

/** Receives a count now and then during long loads. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = quads -> {};

    void loaded(long quadsSoFar);
}
