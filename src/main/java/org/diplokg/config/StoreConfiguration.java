package org.diplokg.config;

import org.diplokg.hardening.HardeningProperties;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.sparql.SparqlProperties;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryMemoryGuard;
import org.diplokg.store.RemoteKnowledgeStore;
import org.diplokg.store.StoreProperties;
import org.diplokg.store.TdbKnowledgeStore;
import org.diplokg.validation.ShaclChangeValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses and wires the store implementation. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    ShaclChangeValidator shaclChangeValidator(OntologyFiles ontology) {
        return new ShaclChangeValidator(ontology.shapes());
    }

    @Bean(destroyMethod = "close")
    KnowledgeStore knowledgeStore(
            StoreProperties store,
            SparqlProperties sparql,
            IriPolicy iris,
            ShaclChangeValidator validator,
            OntologyFiles ontology,
            HardeningProperties hardening) {
        if (store.isRemote()) {
            return new RemoteKnowledgeStore(store.remote(), iris.baseIri(), validator, ontology.combined());
        }
        return new TdbKnowledgeStore(
                store.location(),
                validator,
                sparql.unionDefaultGraph(),
                hardening.maxStringLength(),
                QueryMemoryGuard.forHeap(store.memoryLimit()));
    }
}
