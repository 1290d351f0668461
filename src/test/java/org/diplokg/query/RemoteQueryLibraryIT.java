package org.diplokg.query;

import org.diplokg.support.HttpTestClient;
import org.diplokg.support.RemoteStoreServer;

/** The same query-library checks, with identical expected answers, over a real Fuseki through the RDF4J client. */
class RemoteQueryLibraryIT extends RemoteStoreServer implements QueryLibraryContract {

    @Override
    public HttpTestClient client() {
        return http;
    }
}
