package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

class PortableUpdatesTest {

    @Test
    void groundInsertDataIsSentAsItIs() {
        UpdateRequest request = UpdateFactory.create("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"o\" } }");
        assertThat(PortableUpdates.of(request)).isSameAs(request);
    }

    @Test
    void blankNodeQuadsGoToTemplatesAndGroundQuadsStayData() {
        UpdateRequest portable = PortableUpdates.of(UpdateFactory.create(
                "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"o\" . <urn:s> <urn:q> _:a . _:a <urn:r> 1 } }"));
        List<Update> ops = portable.getOperations();
        assertThat(ops).hasSize(2);
        assertThat(((UpdateDataInsert) ops.get(0)).getQuads()).hasSize(1);
        assertThat(((UpdateModify) ops.get(1)).getInsertQuads()).hasSize(2);
        assertThat(portable.toString()).contains("WHERE").doesNotContain("_:a <urn:r>\n  INSERT DATA");
    }

    @Test
    void quadsSharingABlankNodeAreNeverSplitAcrossTemplates() {
        StringBuilder data = new StringBuilder("INSERT DATA { ");
        int chains = 30;
        int length = 20; // 30 chains of 20 linked blank nodes: 600 quads, 3+ templates
        for (int c = 0; c < chains; c++) {
            for (int i = 0; i < length; i++) {
                data.append("_:c")
                        .append(c)
                        .append('n')
                        .append(i)
                        .append(" <urn:next> _:c")
                        .append(c)
                        .append('n')
                        .append(i + 1)
                        .append(" . ");
            }
        }
        UpdateRequest portable =
                PortableUpdates.of(UpdateFactory.create(data.append('}').toString()));
        assertThat(portable.getOperations()).hasSizeGreaterThan(2).allMatch(UpdateModify.class::isInstance);
        for (Update op : portable.getOperations()) {
            var quads = ((UpdateModify) op).getInsertQuads();
            assertThat(quads.size() % length).as("whole chains only").isZero();
            assertThat(quads.size()).isLessThanOrEqualTo(PortableUpdates.TEMPLATE_QUADS);
        }
    }
}
