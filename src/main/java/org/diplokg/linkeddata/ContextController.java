package org.diplokg.linkeddata;

import java.nio.charset.StandardCharsets;
import org.diplokg.store.SparqlFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published JSON-LD context at a stable URL, so DiploKG JSON reads as plain JSON. */
@RestController
public class ContextController {

    private final String context = SparqlFiles.text("linkeddata/context.jsonld");

    @GetMapping("/context.jsonld")
    public ResponseEntity<byte[]> context() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .header("Access-Control-Allow-Origin", "*")
                .body(context.getBytes(StandardCharsets.UTF_8));
    }
}
