package org.diplokg.extract;

/** A sentence as a span of the normalised article text (end exclusive). */
public record Sentence(int start, int end, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
