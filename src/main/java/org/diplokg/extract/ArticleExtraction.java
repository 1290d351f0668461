package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the pipeline read from one article, with supporting spans into {@code text} (the
 * normalised article). {@code unresolvedDates} are day/month expressions left without a year
 * because the article has no publication date.
 */
public record ArticleExtraction(
        ArticleInput input,
        String text,
        String sha256,
        String title,
        LocalDate published,
        boolean publishedFromText,
        List<Facts.PersonPost> personPosts,
        List<Facts.PersonMention> persons,
        List<Facts.Mention> countries,
        List<Facts.Mention> organizations,
        List<Facts.Partnership> partnerships,
        List<Facts.Relation> relations,
        List<Facts.Event> events,
        List<Facts.Document> documents,
        List<Facts.Figure> figures,
        List<DateMention> unresolvedDates,
        List<Facts.Posting> postings,
        List<Facts.Spouse> spouses) {}
