package org.diplokg.search;

import java.util.List;
import org.diplokg.system.ApiException;
import org.diplokg.text.TextFolding;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=}: typed, ranked entity search over labels in both languages. */
@RestController
public class SearchController {

    private static final int MAX_QUERY = 200;

    private final SearchIndex index;

    public SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    public List<SearchHit> search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "limit", required = false, defaultValue = "20") String limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("Parameter 'q' is required: the text to search for");
        }
        if (q.length() > MAX_QUERY) {
            throw ApiException.badRequest("Parameter 'q' is longer than " + MAX_QUERY + " characters");
        }
        if (TextFolding.tokens(q).isEmpty()) {
            throw ApiException.badRequest("Parameter 'q' has no letters or digits to search for");
        }
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter 'limit' must be an integer from 1 to 100, not '" + limit + "'");
        }
        if (n < 1 || n > 100) {
            throw ApiException.badRequest("Parameter 'limit' must be from 1 to 100, not " + n);
        }
        if (type != null && !type.matches("[A-Za-z]{1,60}")) {
            throw ApiException.badRequest("Parameter 'type' must be a class name such as Person or Country");
        }
        return index.search(q, type, n);
    }
}
