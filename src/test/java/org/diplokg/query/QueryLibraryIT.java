package org.diplokg.query;

import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;

/** The query library over the embedded TDB2 store. */
class QueryLibraryIT extends ProjectDataServer implements QueryLibraryContract {

    @Override
    public HttpTestClient client() {
        return http;
    }
}
