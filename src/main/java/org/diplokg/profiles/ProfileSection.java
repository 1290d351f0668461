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
        String text,
        Query query) {

    public String id() {
        return type + "-" + name.replaceFirst("^\\d+-", "");
    }
}
