package org.diplokg.profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The profile sections on the classpath ({@code profiles/<type>/<NN-name>.rq}), read and parsed
 * once at start-up. A file without a title, or whose query does not use {@code ?entity}, fails
 * the start: a broken section should never silently vanish from the pages.
 */
@Component
public class ProfileSections {

    private final Map<String, List<ProfileSection>> byType = new TreeMap<>();

    public ProfileSections() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:profiles/*/*.rq");
            for (Resource file : files) {
                String url = file.getURL().toString();
                String[] parts = url.split("/");
                String type = parts[parts.length - 2];
                String name = parts[parts.length - 1].replaceFirst("\\.rq$", "");
                ProfileSection s = parse(type, name, file.getContentAsString(StandardCharsets.UTF_8));
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the profile sections", e);
        }
        byType.values().forEach(l -> l.sort(Comparator.comparing(ProfileSection::name)));
    }

    /** The sections of one profile type, in file-name order (empty for an unknown type). */
    public List<ProfileSection> of(String type) {
        return byType.getOrDefault(type, List.of());
    }

    public Map<String, List<ProfileSection>> all() {
        return byType;
    }

    static ProfileSection parse(String type, String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Set<String> hidden = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(1, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "column" -> {
                    String[] c = value.split("\\|");
                    if (c.length == 3) {
                        columns.put(c[0].trim(), List.of(c[1].trim(), c[2].trim()));
                    }
                }
                case "hide" -> hidden.addAll(List.of(value.split("\\s+")));
                default -> header.putIfAbsent(key, value);
            }
        }
        String title = header.get("title");
        if (title == null) {
            throw new IllegalStateException("Profile section " + type + "/" + name + " has no '# title:' line");
        }
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        if (!text.contains("?entity")) {
            throw new IllegalStateException("Profile section " + type + "/" + name + " does not use ?entity");
        }
        ProfileSection.History history = null;
        if (header.containsKey("history")) {
            String[] h = header.get("history").split("\\|");
            if (h.length != 3) {
                throw new IllegalStateException(
                        "Profile section " + type + "/" + name + ": '# history: variable | vi | en'");
            }
            history = new ProfileSection.History(h[0].trim(), h[1].trim(), h[2].trim());
        }
        return new ProfileSection(
                type,
                name,
                header.getOrDefault("title@vi", title),
                title,
                header.getOrDefault("description", ""),
                header.getOrDefault("display", "table"),
                columns,
                hidden,
                history,
                text,
                query);
    }
}
