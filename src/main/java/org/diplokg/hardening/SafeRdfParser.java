package org.diplokg.hardening;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.util.Context;
import org.springframework.stereotype.Component;

/**
 * Parses RDF a client sent, refusing what could harm the server before the parser sees it: bytes that
 * are not UTF-8, RDF/XML declaring external entities, JSON-LD nesting deeper than the limit, and any
 * JSON-LD {@code @context}/{@code @import} IRI that is not allow-listed (never fetched). It also installs
 * the same context loader into Jena's global parser settings, so no other path (SPARQL {@code LOAD},
 * the CLI) can fetch a context either.
 */
@Component
public class SafeRdfParser {

    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY[^>]*\\b(SYSTEM|PUBLIC)\\b");
    private static final Pattern EXTERNAL_DTD = Pattern.compile("<!DOCTYPE[^>\\[]*\\b(SYSTEM|PUBLIC)\\b");

    private final HardeningProperties limits;

    public SafeRdfParser(HardeningProperties limits) {
        this.limits = limits;
        // Jena sets each document's base on these shared options; that only matters for concurrent JSON-LD reads by
        // LOAD or the CLI with relative IRIs, and request bodies never use them (they get their own options below).
        RIOT.getContext()
                .set(
                        TitaniumJsonLdOptions.JSONLD_OPTIONS,
                        new JsonLdOptions(new ContextLoader(limits.contextAllowlist())));
    }

    /** Parses the body into the sink or throws {@link InputRefusedException} (400) saying what is wrong. */
    public void parse(byte[] body, Lang lang, String base, StreamRDF sink) {
        Utf8.check(body, "The " + lang.getLabel() + " body");
        if (lang.equals(Lang.RDFXML)) {
            String head = new String(body, StandardCharsets.ISO_8859_1);
            if (EXTERNAL_ENTITY.matcher(head).find()
                    || EXTERNAL_DTD.matcher(head).find()) {
                throw InputRefusedException.badRequest(
                        "RDF/XML with external entity or DTD declarations (<!ENTITY ... SYSTEM/PUBLIC>, "
                                + "<!DOCTYPE ... SYSTEM/PUBLIC>) is refused");
            }
        }
        ContextLoader loader = new ContextLoader(limits.contextAllowlist());
        Context context = new Context();
        if (RDFLanguages.sameLang(lang, Lang.JSONLD)) {
            int depth = JsonDepth.of(body);
            if (depth > limits.maxJsonDepth()) {
                throw InputRefusedException.badRequest(
                        "The JSON-LD body nests " + depth + " arrays/objects deep; the limit is "
                                + limits.maxJsonDepth() + " (diplokg.hardening.max-json-depth)");
            }
            context.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, new JsonLdOptions(loader));
        }
        try {
            RDFParser.source(new ByteArrayInputStream(body))
                    .lang(lang)
                    .base(base)
                    .context(context)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(sink);
        } catch (RiotException e) {
            if (!loader.refused().isEmpty()) {
                throw InputRefusedException.badRequest(
                        "Remote JSON-LD context <" + loader.refused().get(0) + "> refused: contexts are never "
                                + "fetched unless allow-listed in diplokg.hardening.context-allowlist; inline the context in the document");
            }
            throw InputRefusedException.badRequest("Invalid " + lang.getLabel() + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            throw InputRefusedException.badRequest("The " + lang.getLabel() + " body is nested too deeply to parse");
        }
    }
}
