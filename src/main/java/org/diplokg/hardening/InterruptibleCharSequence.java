package org.diplokg.hardening;

import java.util.function.BooleanSupplier;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular-expression matcher reads through, checking every few thousand reads whether
 * its query was cancelled. {@code java.util.regex} never checks for cancellation itself, so a pattern
 * that backtracks exponentially would otherwise hold a worker long after the query's time-out.
 */
final class InterruptibleCharSequence implements CharSequence {

    private final CharSequence text;
    private final BooleanSupplier cancelled;
    private int reads;

    InterruptibleCharSequence(CharSequence text, BooleanSupplier cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0 && cancelled.getAsBoolean()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new InterruptibleCharSequence(text.subSequence(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
