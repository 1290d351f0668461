package org.diplokg.query;

import org.diplokg.support.HttpTestClient;
import org.diplokg.support.VirtuosoStoreServer;

/** The same query-library checks, with identical expected answers, over a real Virtuoso through the RDF4J client. */
class VirtuosoQueryLibraryIT extends VirtuosoStoreServer implements QueryLibraryContract {

    @Override
    public HttpTestClient client() {
        return http;
    }
}
