package org.diplokg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.store.RdfSource;

/**
 * A gazetteer from reference files alone, without a store: the evaluation uses it so that the
 * seed annotations (the gold standard) cannot leak into what the pipeline knows.
 */
public final class ReferenceGazetteer {

    private ReferenceGazetteer() {}

    public static Gazetteer fromDirectory(Path referenceDirectory, String baseIri) {
        Model all = ModelFactory.createDefaultModel();
        for (RdfSource source : RdfFiles.underDirectory(referenceDirectory, baseIri)) {
            Dataset ds = DatasetFactory.create();
            source.parse(ds.asDatasetGraph());
            all.add(ds.getDefaultModel());
            ds.listModelNames().forEachRemaining(name -> all.add(ds.getNamedModel(name)));
        }
        return GazetteerLoader.fromRows(
                q -> {
                    List<Binding> rows = new ArrayList<>();
                    try (QueryExecution qe = QueryExecution.model(all).query(q).build()) {
                        ResultSet rs = qe.execSelect();
                        while (rs.hasNext()) {
                            rows.add(rs.nextBinding());
                        }
                    }
                    return rows;
                },
                baseIri);
    }
}
