package org.diplokg.store;

import org.diplokg.support.HttpTestClient;
import org.diplokg.support.RemoteStoreServer;

/** The remote-store contract on a real Fuseki. */
class RemoteStoreIT extends RemoteStoreServer implements RemoteStoreContract {

    @Override
    public HttpTestClient client() {
        return http;
    }
}
