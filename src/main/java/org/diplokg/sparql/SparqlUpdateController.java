package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.store.UpdateOptions;
import org.diplokg.system.ProtocolException;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPARQL 1.1 Protocol update operation: POST as a form or as {@code application/sparql-update},
 * bearer token required, one request one transaction.
 */
@RestController
@RequestMapping("/update")
public class SparqlUpdateController {

    private final UpdateService updates;
    private final WriteAuthorizer authorizer;

    public SparqlUpdateController(UpdateService updates, WriteAuthorizer authorizer) {
        this.updates = updates;
        this.authorizer = authorizer;
    }

    @PostMapping
    public void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = RequestBodies.mediaType(request);
        if (type == null) {
            throw ProtocolException.badRequest(
                    "Missing Content-Type: POST the update as application/x-www-form-urlencoded or application/sparql-update");
        }
        String text;
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            text = RequestBodies.single(request, "update");
            if (text == null) {
                throw ProtocolException.badRequest("Missing 'update' form parameter");
            }
        } else if ("application".equals(type.getType()) && "sparql-update".equals(type.getSubtype())) {
            text = RequestBodies.utf8Body(request);
        } else {
            throw new ProtocolException(
                    415,
                    "Unsupported Content-Type " + type
                            + " for an update; use application/x-www-form-urlencoded or application/sparql-update");
        }
        authorizer.check(request);
        UpdateRequest update = updates.parse(text, request.getRequestURL().toString());
        request.setAttribute(SparqlQueryController.ACCESS_QUERY_TYPE, "update");
        updates.execute(
                update,
                new UpdateOptions(
                        RequestBodies.all(request, "using-graph-uri"),
                        RequestBodies.all(request, "using-named-graph-uri")));
        response.setStatus(204);
    }
}
