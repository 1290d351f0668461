package org.diplokg.feed;

import java.util.List;
import org.diplokg.system.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/feeds}: the configured feeds with their last poll, status and counts, so an
 * operator can see at a glance whether the graph is still following its sources.
 */
@RestController
public class FeedController {

    private final FeedStatusBoard board;

    public FeedController(FeedStatusBoard board) {
        this.board = board;
    }

    @GetMapping(path = "/api/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FeedStatusBoard.FeedStatus> feeds() {
        return board.all();
    }

    @GetMapping(path = "/api/feeds/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public FeedStatusBoard.FeedStatus feed(@PathVariable String id) {
        int n;
        try {
            n = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Feed id must be a number (its index in diplokg.feeds), not \"" + id + "\"");
        }
        return board.get(n)
                .orElseThrow(() -> ApiException.notFound(
                        "No feed " + n + "; " + board.all().size() + " feed(s) configured"));
    }
}
