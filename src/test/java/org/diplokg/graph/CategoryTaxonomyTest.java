package org.diplokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.diplokg.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

class CategoryTaxonomyTest {

    private final CategoryTaxonomy taxonomy = new CategoryTaxonomy(new OntologyFiles());

    @Test
    void subclassesTakeTheCategoryOfTheirNearestAnnotatedClass() {
        assertThat(taxonomy.category(List.of("Person"))).isEqualTo("Person");
        assertThat(taxonomy.category(List.of("Country"))).isEqualTo("Country");
        assertThat(taxonomy.category(List.of("Embassy"))).isEqualTo("Mission");
        assertThat(taxonomy.category(List.of("Ministry"))).isEqualTo("Organization");
        assertThat(taxonomy.category(List.of("InternationalOrganization"))).isEqualTo("Organization");
        assertThat(taxonomy.category(List.of("StateVisit"))).isEqualTo("Event");
        assertThat(taxonomy.category(List.of("PhoneCall"))).isEqualTo("Event");
        assertThat(taxonomy.category(List.of("Treaty"))).isEqualTo("Other");
        assertThat(taxonomy.category(List.of())).isEqualTo("Other");
    }

    @Test
    void theMostSpecificTypeDecides() {
        assertThat(taxonomy.category(List.of("Embassy", "Organization"))).isEqualTo("Mission");
        assertThat(taxonomy.category(List.of("DiplomaticMission", "Organization")))
                .isEqualTo("Mission");
    }

    @Test
    void everyAnnotatedCategoryIsInTheLegend() {
        for (String t : List.of("Person", "Country", "DiplomaticMission", "Organization", "Event")) {
            assertThat(CategoryTaxonomy.LEGEND).contains(taxonomy.category(List.of(t)));
        }
        assertThat(Set.copyOf(CategoryTaxonomy.LEGEND)).hasSize(6).contains(CategoryTaxonomy.OTHER);
    }
}
