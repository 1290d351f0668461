package org.diplokg.linkeddata;

import org.diplokg.store.KnowledgeStore;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.RemoteStoreServer;
import org.springframework.beans.factory.annotation.Autowired;

/** The same linked-data checks, with identical expectations, over a real Fuseki through the RDF4J client. */
class RemoteLinkedDataIT extends RemoteStoreServer implements LinkedDataContract {

    @Autowired
    KnowledgeStore store;

    @Override
    public HttpTestClient client() {
        return http;
    }

    @Override
    public KnowledgeStore store() {
        return store;
    }
}
