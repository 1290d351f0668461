package org.diplokg.linkeddata;

import org.diplokg.store.KnowledgeStore;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;
import org.springframework.beans.factory.annotation.Autowired;

/** The linked-data checks on the embedded TDB2 store. */
class LinkedDataIT extends ProjectDataServer implements LinkedDataContract {

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
