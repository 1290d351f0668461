package org.diplokg.extract;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.system.ApiException;
import org.diplokg.system.JsonBodies;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/articles}: ingest one article (token required). JSON
 * {@code {"title","text","url","publisher","published"}} with only {@code text} required, or
 * {@code text/plain} (title on the first line), or {@code text/html}. Answers 201 with the article's
 * graph when it is new, 200 when it replaced an older version or was already there unchanged.
 */
@RestController
public class ArticleController {

    private static final Set<String> FIELDS = Set.of("title", "text", "url", "publisher", "published");

    private final ArticleIngestion ingestion;
    private final WriteAuthorizer authorizer;
    private final long maxBytes;
    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();

    public ArticleController(
            ArticleIngestion ingestion, WriteAuthorizer authorizer, ExtractProperties properties, IriPolicy iris) {
        this.ingestion = ingestion;
        this.authorizer = authorizer;
        this.maxBytes = properties.maxArticleSize().toBytes();
        this.base = iris.baseIri();
    }

    /** The JSON form of an article, for the OpenAPI description (the body is read and checked by hand). */
    public record ArticleRequest(String title, String text, String url, String publisher, String published) {}

    @PostMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(
            summary = "Ingest one news article",
            description =
                    "Extracts facts into the article's own named graph with evidence. Needs 'Authorization: Bearer <token>'. "
                            + "201 when new, 200 when unchanged or replacing an older version; 400/401/403/413/415 problem+json otherwise.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @io.swagger.v3.oas.annotations.media.Content(
                                        mediaType = "application/json",
                                        schema =
                                                @io.swagger.v3.oas.annotations.media.Schema(
                                                        implementation = ArticleRequest.class)),
                                @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain"),
                                @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/html")
                            }))
    public ResponseEntity<IngestReport> ingest(HttpServletRequest request) throws IOException {
        authorize(request);
        MediaType type = contentType(request);
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        ArticleInput input;
        try {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                input = fromJson(body);
            } else {
                boolean html = type.isCompatibleWith(MediaType.TEXT_HTML);
                input = ArticleInput.plainText(ArticleDecoder.decode(body, html, maxBytes), null);
            }
        } catch (ArticleDecoder.BadArticleException e) {
            throw new ApiException(
                    e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    e.tooLarge() ? "Article too large" : "Not an article",
                    e.getMessage());
        }
        IngestReport report = ingestion.ingest(input);
        return ResponseEntity.status(report.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create(articlePage(report.article())))
                .body(report);
    }

    /** The article's profile page on this server: what a browser following {@code Location} should see. */
    private String articlePage(String article) {
        return article.startsWith(base) ? "/" + article.substring(base.length()) : article;
    }

    private void authorize(HttpServletRequest request) {
        try {
            authorizer.check(request, org.diplokg.security.Scope.INGEST);
        } catch (org.diplokg.system.ProtocolException e) {
            throw new ApiException(
                    HttpStatus.valueOf(e.status()), e.status() == 403 ? "Forbidden" : "Unauthorized", e.getMessage());
        }
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type",
                    "Send the article as application/json, text/plain or text/html");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (RuntimeException e) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Malformed Content-Type: " + header);
        }
        if (!(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.isCompatibleWith(MediaType.TEXT_PLAIN)
                || type.isCompatibleWith(MediaType.TEXT_HTML))) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type",
                    "Content-Type " + type + " is not accepted; send application/json, text/plain or text/html");
        }
        if (type.getCharset() != null && !type.getCharset().name().equals("UTF-8")) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported charset",
                    "Articles must be UTF-8, not " + type.getCharset());
        }
        return type;
    }

    private ArticleInput fromJson(byte[] body) {
        if (body.length > maxBytes) {
            throw new ArticleDecoder.BadArticleException("Article too large: more than " + maxBytes + " bytes", true);
        }
        JsonNode node = JsonBodies.object(json, ArticleDecoder.utf8(body), "at least \"text\"");
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(
                        "Unknown field \"" + name + "\"; accepted: title, text, url, publisher, published");
            }
        }
        String text = string(node, "text");
        if (text == null) {
            throw ApiException.badRequest("\"text\" is required");
        }
        String url = string(node, "url");
        if (url != null) {
            try {
                URI u = new URI(url);
                if (!u.isAbsolute()
                        || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                    throw new java.net.URISyntaxException(url, "not an absolute http(s) URL");
                }
            } catch (java.net.URISyntaxException e) {
                throw ApiException.badRequest("\"url\" must be an absolute http or https URL: " + url);
            }
        }
        LocalDate published = null;
        String date = string(node, "published");
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("\"published\" must be a date YYYY-MM-DD, not \"" + date + "\"");
            }
        }
        return new ArticleInput(
                string(node, "title"), ArticleDecoder.check(text), url, string(node, "publisher"), published, null);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
        return v.asString();
    }
}
