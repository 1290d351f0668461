package org.diplokg.review;

import java.util.List;

/**
 * One claim in the review queue: a fact as one source graph states it, why it is offered, the evidence span
 * with its sentence, and the decision once there is one.
 *
 * @param id         stable across re-ingestion: derived from the fact and the source graph
 * @param reasons    {@code low-confidence} and/or {@code conflict}
 * @param property   for a conflict, the property whose values disagree
 * @param others     for a conflict, the other values and the graphs stating them
 * @param status     open, accepted, rejected or corrected
 */
public record ReviewItem(
        String id,
        String fact,
        String graph,
        String article,
        String articleTitle,
        String articleUrl,
        List<String> reasons,
        String confidence,
        String rule,
        String property,
        String value,
        List<OtherValue> others,
        Evidence evidence,
        String status,
        Decision decision) {

    /** A competing value and the graph that states it. */
    public record OtherValue(String value, String graph) {}

    /**
     * The span in code points of the article text, its text, and the rest of its sentence before and after it
     * (empty when the article text is not stored).
     */
    public record Evidence(Integer start, Integer end, String text, String before, String after) {}

    public record Decision(String id, String outcome, String who, String at, String comment) {}

    ReviewItem withText(String title, String url, Evidence e) {
        return new ReviewItem(
                id,
                fact,
                graph,
                article,
                title,
                url,
                reasons,
                confidence,
                rule,
                property,
                value,
                others,
                e,
                status,
                decision);
    }
}
