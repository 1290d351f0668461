package org.diplokg.profiles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;

/**
 * One section of a profile page: one SPARQL file under {@code profiles/<type>/}, whose header says
 * what the section is called, how it is shown and what its columns mean. Adding a section is
 * dropping a file; nothing in code names sections.
 *
 * @param type      profile type (the folder: country, person, event, organization, partnership, article)
 * @param name      file name without {@code .rq}; the order of sections is the order of names
 * @param titleVi   heading in Vietnamese
 * @param titleEn   heading in English
 * @param display   {@code table} (default), {@code bar-by-year}, {@code timeline}, {@code article-text}, {@code article-facts}
 * @param columns   column headings by variable: [vi, en]
 * @param hidden    variables not shown as columns
 * @param history   from {@code # history: var | vi | en}: rows whose {@code var} is false are history, shown under
 *                  a folded heading below the current rows (null: every row is current)
 * @param text      the file as written (what the "open in the SPARQL editor" link carries)
 * @param query     the parsed query, with {@code ?entity} still free
 */
public record ProfileSection(
        String type,
        String name,
        String titleVi,
        String titleEn,
        String description,
        String display,
        Map<String, List<String>> columns,
        Set<String> hidden,
        History history,
        String text,
        Query query) {

    /** Which boolean variable tells current rows from history, and the heading of the history in both languages. */
    public record History(String variable, String titleVi, String titleEn) {}

    public String id() {
        return type + "-" + name.replaceFirst("^\\d+-", "");
    }
}
