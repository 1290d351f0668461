package org.diplokg.support;

import org.diplokg.ontology.IriPolicy;
import org.diplokg.query.LibraryQueryService;
import org.diplokg.query.QueryLibrary;
import org.diplokg.query.QueryProperties;
import org.diplokg.sparql.QueryService;
import org.diplokg.sparql.SparqlProperties;
import org.diplokg.store.KnowledgeStore;
import org.springframework.context.ApplicationContext;

/** The reference a test compares derived data with: the library service without precomputed answers or indexes. */
public final class LiveLibrary {

    private LiveLibrary() {}

    /** Every page of every query runs in the store. */
    public static LibraryQueryService of(ApplicationContext ctx) {
        return new LibraryQueryService(
                ctx.getBean(QueryLibrary.class),
                ctx.getBean(QueryService.class),
                ctx.getBean(KnowledgeStore.class),
                ctx.getBean(IriPolicy.class),
                ctx.getBean(QueryProperties.class),
                ctx.getBean(SparqlProperties.class),
                null);
    }
}
