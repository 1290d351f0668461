package org.diplokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.diplokg.system.ApiException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complete dumps, gzip-compressed and streamed from one read transaction (constant memory):
 * {@code /dumps/diplokg.trig.gz}, {@code .nq.gz}, {@code .jsonld.gz}. ETag and Last-Modified
 * follow the dataset version, so crawlers re-download only after a change.
 */
@RestController
public class DumpController {

    private final DumpService dumps;

    public DumpController(DumpService dumps) {
        this.dumps = dumps;
    }

    @RequestMapping(
            path = "/dumps/{file:.+}",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    public void dump(@PathVariable String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DumpService.DumpFormat format = switch (file) {
            case "diplokg.trig.gz" -> DumpService.DumpFormat.TRIG;
            case "diplokg.nq.gz" -> DumpService.DumpFormat.NQUADS;
            case "diplokg.jsonld.gz" -> DumpService.DumpFormat.JSONLD;
            default ->
                throw ApiException.notFound(
                        "No dump " + file + "; available: diplokg.trig.gz, diplokg.nq.gz, diplokg.jsonld.gz");
        };
        String etag = "\"" + dumps.version() + "-" + format.extension + "\"";
        Instant modified = dumps.lastModified();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        long since = request.getDateHeader("If-Modified-Since");
        if (etag.equals(request.getHeader("If-None-Match"))
                || (request.getHeader("If-None-Match") == null && since >= modified.toEpochMilli())) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/gzip");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        dumps.writeCompressed(format, response.getOutputStream());
    }
}
