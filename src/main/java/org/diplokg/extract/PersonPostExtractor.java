package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplokg.ontology.IriPolicy;

/**
 * Persons with the posts their titles name. Titles joined by a comma or "kiêm" form a chain that
 * all belongs to the name after the last one ("Ủy viên Trung ương Đảng, Thứ trưởng Thường trực Bộ
 * Ngoại giao Bùi Thanh Sơn"); after a plural title ("các Thứ trưởng: A, B, C") every listed name
 * holds it. A person already in the graph is linked by name, with or without diacritics.
 */
public final class PersonPostExtractor {

    private static final Pattern CHAIN_GAP = Pattern.compile("\\s*(?:,|kiêm|,\\s*kiêm)\\s*");
    private static final Pattern NAME_GAP = Pattern.compile("[ \\u00a0]*(?::[ \\u00a0]*)?(?:(?:ông|bà|Ông|Bà|Ngài|ngài|đồng chí|Đồng chí)[ \\u00a0]+)?");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|và|,\\s*và)\\s*");
    private static final Set<String> PLURAL = Set.of("các", "những", "hai", "ba");

    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final String personBase;

    public PersonPostExtractor(String baseIri, Gazetteer gazetteer, PersonNames names) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.personBase = new IriPolicy(baseIri).entityPrefix("person");
    }

    public List<Facts.PersonPost> find(ArticleContext a, List<TitleMatch> titles) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        List<Facts.PersonPost> found = new ArrayList<>();
        int i = 0;
        while (i < titles.size()) {
            List<TitleMatch> chain = new ArrayList<>(List.of(titles.get(i)));
            while (i + 1 < titles.size() && CHAIN_GAP.matcher(text.substring(titles.get(i).end(), titles.get(i + 1).start())).matches()) {
                chain.add(titles.get(++i));
            }
            i++;
            TitleMatch last = chain.get(chain.size() - 1);
            int t = last.nextToken();
            if (t >= tokens.size() || !NAME_GAP.matcher(text.substring(last.end(), tokens.get(t).start())).matches()) {
                continue;
            }
            Optional<PersonName> name = names.read(text, tokens, t, gazetteer, false);
            boolean plural = isPlural(text, chain.get(0).start());
            while (name.isPresent()) {
                PersonName n = name.get();
                String iri = gazetteer.personByName(n.name()).map(Gazetteer.Entry::iri).orElse(personBase + VietnameseText.slug(n.name()));
                for (TitleMatch title : chain) {
                    found.add(new Facts.PersonPost(iri, n.name(), title.post(),
                            new Facts.Support(title.start(), n.end(), title.rule(), title.confidence())));
                }
                name = Optional.empty();
                int after = n.first() + n.count();
                if (after < tokens.size() && tokens.get(after).key().equals("và")) {
                    after++;
                }
                if (plural && after < tokens.size() && LIST_GAP.matcher(text.substring(n.end(), tokens.get(after).start())).matches()) {
                    name = names.read(text, tokens, after, gazetteer, true);
                }
            }
        }
        return found;
    }

    private static boolean isPlural(String text, int titleStart) {
        int from = Math.max(0, titleStart - 12);
        String before = text.substring(from, titleStart).toLowerCase(Locale.ROOT).trim();
        String[] words = before.split("\\s+");
        return words.length > 0 && (PLURAL.contains(words[words.length - 1]) || before.endsWith("các vị"));
    }
}
