package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplokg.extract.TestSentences.ID;
import static org.diplokg.extract.TestSentences.events;
import static org.diplokg.extract.TestSentences.holdingIris;
import static org.diplokg.extract.TestSentences.read;

import org.junit.jupiter.api.Test;

/**
 * The pipeline on short sentences written for these tests, with the project's reference data as gazetteer.
 *
 * Cases pinned by one sentence and one list are rows of {@code src/test/resources/extract/extraction-pipeline.tsv}, checked by
 * {@link SentenceTablesTest}.
 */
class ExtractionPipelineTest {

    private static final Gazetteer gazetteer = TestSentences.gazetteer();

    @Test
    void namesMissionsByPattern() {
        ArticleExtraction x = read(
                "Đại sứ quán Việt Nam tại Nhật Bản, ĐSQ Pháp và Tổng Lãnh sự quán Việt Nam tại Quảng Châu phối hợp tổ chức.");
        assertThat(x.organizations())
                .extracting(o -> o.entry().iri().substring(ID.length()))
                .containsExactly(
                        "mission/vn-embassy-jp", "mission/fr-embassy-vn", "mission/vn-consulate-general-cn-guangzhou");
        assertThat(x.organizations().get(2).declaration().seatCity()).isEqualTo("Guangzhou");
    }

    @Test
    void linksAKnownPersonWrittenWithoutDiacriticsOrWithOldToneMarks() {
        ArticleExtraction x = read("Thu tuong Pham Minh Chinh; Bộ trưởng Ngoại giao Bui Thanh Son tiếp khách.");
        assertThat(x.personPosts()).extracting(Facts.PersonPost::personIri).contains(ID + "person/bui-thanh-son");
    }

    @Test
    void findsCountriesButNotAGivenNameThatIsAlsoACountry() {
        ArticleExtraction x = read("Ông Nguyễn Tuấn Anh gặp đại diện Anh, Pháp và Thụy Sỹ.");
        assertThat(x.countries()).extracting(c -> c.entry().code()).containsExactly("GB", "FR", "CH");
    }

    @Test
    void takesCountryPairsOfShortFormsButNotCompoundWords() {
        ArticleExtraction x = read(
                "Quan hệ Việt - Lào và hội nghị Nhật-Hàn được nhắc tới. Ý kiến các bên thống nhất; Pháp luật được tôn trọng; Anh hùng lao động dự.");
        assertThat(x.countries()).extracting(c -> c.entry().code()).containsExactly("VN", "LA", "JP", "KR");
    }

    @Test
    void datesNamedConferencesToTheMonthAndTakesTheirParticipantsFromTheirName() {
        ArticleExtraction x = read(
                "Đại sứ quán góp phần vào Hội nghị Thượng đỉnh Nga - Triều tại Vla-đi-vô-xtốc (tháng 4/2019), Diễn đàn ASEAN "
                        + "(tháng 6/2019) và Năm ASEAN 2020.");
        assertThat(events(x)).containsExactly("Summit 2019-04", "Conference 2019-06", "Conference 2020");
        assertThat(x.events().get(0).participants()).containsExactly(ID + "country/RU", ID + "country/KP");
        assertThat(x.events().get(1).participants()).containsExactly(ID + "org/asean");
    }

    @Test
    void doesNotDateAnEventWithTheDateOfACitedDocument() {
        ArticleExtraction x = read(
                "Tại Hội nghị, Phó Thủ tướng Trần Hồng Hà nhắc lại Nghị quyết số 22-NQ/TW ngày 10/4/2013 về hội nhập.");
        assertThat(x.events()).isEmpty();
        assertThat(x.documents()).extracting(Facts.Document::number).containsExactly("22-NQ/TW");
    }

    @Test
    void readsPartnershipUpgradesWithTheirDate() {
        ArticleExtraction x = read(
                "Ngày 10/9/2023, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện giữa Việt Nam và Hoa Kỳ.");
        assertThat(x.partnerships()).hasSize(1);
        Facts.Partnership p = x.partnerships().get(0);
        assertThat(p.countryCode()).isEqualTo("US");
        assertThat(p.level()).endsWith("#ComprehensiveStrategicPartnership");
        assertThat(p.upgrade()).isTrue();
        assertThat(p.since().lexical()).isEqualTo("2023-09-10");
    }

    @Test
    void readsAListOfPartnersAtOneLevel() {
        ArticleExtraction x = read("Việt Nam có quan hệ Đối tác chiến lược với Ấn Độ, Nhật Bản và Hàn Quốc.");
        assertThat(x.partnerships()).extracting(Facts.Partnership::countryCode).containsExactly("IN", "JP", "KR");
    }

    @Test
    void readsEstablishmentOfDiplomaticRelations() {
        ArticleExtraction x = read("Việt Nam và Cu-ba thiết lập quan hệ ngoại giao ngày 2/12/1960.");
        assertThat(x.relations()).hasSize(1);
        assertThat(x.relations().get(0).countryCode()).isEqualTo("CU");
        assertThat(x.relations().get(0).established().lexical()).isEqualTo("1960-12-02");
    }

    @Test
    void datesEventsAndNamesTheirParticipants() {
        ArticleExtraction x = read(
                "Chiều 18/5, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà hội kiến Bộ trưởng Ngoại giao Ấn Độ Subrahmanyam Jaishankar.");
        assertThat(x.events()).hasSize(1);
        Facts.Event e = x.events().get(0);
        assertThat(e.type()).isEqualTo("Meeting");
        assertThat(e.date().lexical()).isEqualTo("2024-05-18");
        assertThat(e.participants()).containsExactly(ID + "person/tran-hong-ha", ID + "person/subrahmanyam-jaishankar");
        assertThat(holdingIris(x)).contains("person/subrahmanyam-jaishankar post/in-minister-of-foreign-affairs");
    }

    @Test
    void neverGivesAVietnameseMinistryToTheArticlesForeignCountry() {
        ArticleExtraction x = read("Thứ trưởng Thường trực Bộ Ngoại giao Lê Văn Hùng tiếp Đại sứ Hàn Quốc Kim Min Ho; "
                + "Hàn Quốc là đối tác lớn, Hàn Quốc và Việt Nam nhất trí hợp tác.");
        assertThat(holdingIris(x)).contains("person/le-van-hung post/vn-permanent-deputy-minister-of-foreign-affairs");
        assertThat(x.personPosts()).allSatisfy(p -> {
            if (p.post().org().iri().startsWith(ID + "org/vn-")) {
                assertThat(p.post().org().stateCode()).isEqualTo("VN");
            }
        });
        var graph = new ExtractionGraph("https://w3id.org/diplokg/", gazetteer)
                .build(x, java.time.Instant.now())
                .graph();
        assertThat(graph.find(
                                org.apache.jena.graph.NodeFactory.createURI(ID + "org/vn-ministry-of-foreign-affairs"),
                                org.diplokg.ontology.DiploKg.ofState,
                                org.apache.jena.graph.Node.ANY)
                        .toList())
                .allSatisfy(tr -> assertThat(tr.getObject().getURI()).isEqualTo(ID + "country/VN"));
    }

    @Test
    void declaresAPersonReadWithoutATitleAsMentionedWithoutAHolding() {
        ArticleExtraction x = read("Buổi tọa đàm có sự tham gia của nhà nghiên cứu Phạm Thị Quyên.");
        var graph = new ExtractionGraph("https://w3id.org/diplokg/", gazetteer)
                .build(x, java.time.Instant.now())
                .graph();
        var person = org.apache.jena.graph.NodeFactory.createURI(ID + "person/pham-thi-quyen");
        assertThat(graph.contains(
                        person, org.apache.jena.vocabulary.RDF.type.asNode(), org.diplokg.ontology.DiploKg.Person))
                .isTrue();
        assertThat(graph.find(org.apache.jena.graph.Node.ANY, org.diplokg.ontology.DiploKg.mentions, person)
                        .toList())
                .hasSize(1);
        assertThat(x.persons().get(0).support().rule()).isEqualTo("untitled-name");
        assertThat(graph.find(org.apache.jena.graph.Node.ANY, org.diplokg.ontology.DiploKg.holder, person)
                        .toList())
                .isEmpty();
    }
}
