package org.diplokg.query;

import org.diplokg.store.QueryOutcome;

/**
 * One page of a library query's answer.
 *
 * @param outcome the rows of this page (at most {@code limit})
 * @param limit   the page size that was applied
 * @param offset  how many rows of the full, ordered answer were skipped
 * @param more    true when the answer has rows after this page (the next page starts at {@code offset + limit})
 * @param precomputed true when the page came from what {@link PrecomputedAnswers} prepared for the current dataset
 *                version (a whole answer, or a {@link LibraryIndex}), false when the query ran in the store for this request
 */
public record LibraryAnswer(QueryOutcome outcome, long limit, long offset, boolean more, boolean precomputed) {

    /** The offset of the next page, or -1 when there is none. */
    public long nextOffset() {
        return more ? offset + limit : -1;
    }
}
