package org.diplokg.knowledge;

import java.nio.file.Files;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.LoadReport;
import org.diplokg.store.RdfSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Brings the store up to date before the server accepts requests: the ontology graph is
 * refreshed on every start, and an empty store is filled from {@code data/} in one transaction.
 */
@Component
public class KnowledgeBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBootstrap.class);

    private final KnowledgeStore store;
    private final OntologyFiles ontology;
    private final DataProperties data;
    private final IriPolicy iris;

    public KnowledgeBootstrap(KnowledgeStore store, OntologyFiles ontology, DataProperties data, IriPolicy iris) {
        this.store = store;
        this.ontology = ontology;
        this.data = data;
        this.iris = iris;
    }

    @Override
    public void afterPropertiesSet() {
        boolean empty = store.isEmpty();
        store.replaceGraph(NodeFactory.createURI(iris.ontologyGraph()), ontology.combined());
        if (empty && data.loadOnEmpty()) {
            loadDataDirectory();
        }
    }

    private void loadDataDirectory() {
        var dir = data.directory();
        if (!Files.isDirectory(dir)) {
            log.warn("Data directory {} not found; the store starts with the ontology only", dir.toAbsolutePath());
            return;
        }
        List<RdfSource> sources = RdfFiles.underDirectory(dir, iris.baseIri());
        log.info("Empty store: loading {} files from {}", sources.size(), dir.toAbsolutePath());
        LoadReport report = store.load(sources, n -> log.info("... {} quads loaded", n));
        log.info(
                "Loaded {} quads from {} files in {} ms",
                report.quads(),
                report.files(),
                report.elapsed().toMillis());
    }
}
