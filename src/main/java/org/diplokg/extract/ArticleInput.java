package org.diplokg.extract;

import java.time.LocalDate;

/**
 * An article handed to the pipeline. Only {@code text} is required; without a {@code title} the
 * first line is the title, without {@code published} the pipeline looks for the date in the text.
 */
public record ArticleInput(
        String title, String text, String url, String publisher, LocalDate published, String fileName) {

    public static ArticleInput plainText(String text, String fileName) {
        return new ArticleInput(null, text, null, null, null, fileName);
    }
}
