package org.diplokg.hardening;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.HttpLoader;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The JSON-LD document loader: a remote {@code @context} or {@code @import} is fetched only when its IRI
 * starts with an allow-listed prefix. Everything else is refused without any network access, and the
 * refused IRIs are remembered so the request can be answered with a 400 that names them.
 */
final class ContextLoader implements DocumentLoader {

    private final List<String> allowlist;
    private final List<String> refused = new CopyOnWriteArrayList<>();

    ContextLoader(List<String> allowlist) {
        this.allowlist = List.copyOf(allowlist);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String iri = url.toString();
        if (allowlist.stream().anyMatch(iri::startsWith) && (iri.startsWith("http://") || iri.startsWith("https://"))) {
            // no redirects: an allow-listed address must not forward the fetch elsewhere (see NoRedirects)
            return new HttpLoader(NoRedirects.CLIENT, 0).loadDocument(url, options);
        }
        refused.add(iri);
        throw new JsonLdError(
                JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Remote JSON-LD context <" + iri + "> refused: contexts are never fetched unless allow-listed in "
                        + "diplokg.hardening.context-allowlist; inline the context in the document");
    }

    List<String> refused() {
        return refused;
    }
}
