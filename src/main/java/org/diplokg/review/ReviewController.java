package org.diplokg.review;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import org.diplokg.security.Caller;
import org.diplokg.security.Scope;
import org.diplokg.system.ApiAccess;
import org.diplokg.system.ApiException;
import org.diplokg.system.JsonBodies;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review API and page: {@code GET /api/review?status=&limit=&offset=} lists the queue (readable like the
 * rest of the data), {@code POST /api/review/{id}} records a decision (the {@code review} scope), {@code /review}
 * is the reviewer's page.
 */
@Controller
public class ReviewController {

    private static final Set<String> FIELDS = Set.of("action", "value", "property", "comment");

    private final ReviewQueue queue;
    private final ReviewService service;
    private final WriteAuthorizer authorizer;
    private final JsonMapper json = JsonMapper.builder().build();

    public ReviewController(ReviewQueue queue, ReviewService service, WriteAuthorizer authorizer) {
        this.queue = queue;
        this.service = service;
        this.authorizer = authorizer;
    }

    @GetMapping("/review")
    public String page() {
        return "forward:/review.html";
    }

    @GetMapping(path = "/api/review", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ReviewQueue.Page list(
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "20") String limit,
            @RequestParam(defaultValue = "0") String offset) {
        if (!ReviewQueue.STATUSES.contains(status)) {
            throw ApiException.badRequest(
                    "'status' must be one of " + String.join(", ", ReviewQueue.STATUSES) + ", not '" + status + "'");
        }
        return queue.list(
                status,
                ApiAccess.number("limit", limit, 1, 500),
                ApiAccess.number("offset", offset, 0, Integer.MAX_VALUE));
    }

    @GetMapping(path = "/api/review/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ReviewItem item(@PathVariable String id) {
        return queue.find(id).orElseThrow(() -> ApiException.notFound("No review item " + id));
    }

    @PostMapping(path = "/api/review/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ReviewItem decide(@PathVariable String id, HttpServletRequest request) throws IOException {
        Caller caller = ApiAccess.check(authorizer, request, Scope.REVIEW);
        return service.decide(id, body(request), caller);
    }

    private ReviewService.Request body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        MediaType media;
        try {
            media = type == null ? null : MediaType.parseMediaType(type);
        } catch (RuntimeException e) {
            media = null;
        }
        if (media != null && media.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            return new ReviewService.Request(
                    request.getParameter("action"),
                    request.getParameter("value"),
                    request.getParameter("property"),
                    request.getParameter("comment"));
        }
        if (media == null || !media.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type",
                    "Send the decision as application/json {\"action\":\"accept|reject|correct\",\"value\",\"property\",\"comment\"} or as a form");
        }
        String body = new String(request.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
        JsonNode node = JsonBodies.object(json, body, "\"action\"");
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(
                        "Unknown field \"" + name + "\"; accepted: action, value, property, comment");
            }
            if (!node.get(name).isString() && !node.get(name).isNull()) {
                throw ApiException.badRequest("\"" + name + "\" must be a string");
            }
        }
        return new ReviewService.Request(
                string(node, "action"), string(node, "value"), string(node, "property"), string(node, "comment"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
