package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplokg.extract.TestSentences.ID;
import static org.diplokg.extract.TestSentences.events;
import static org.diplokg.extract.TestSentences.holdings;
import static org.diplokg.extract.TestSentences.persons;
import static org.diplokg.extract.TestSentences.read;
import static org.diplokg.extract.TestSentences.relations;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One behaviour per rule family, on sentences written for these tests (no article's text, no article's people).
 *
 * Cases pinned by one sentence and one list are rows of {@code src/test/resources/extract/rule-families.tsv}, checked by
 * {@link SentenceTablesTest}.
 */
class RuleFamiliesTest {

    @Test
    void readsMonarchsAndCrownPrincesOfANamedCountry() {
        ArticleExtraction x =
                read("Quốc vương Campuchia Norodom Chakra và Thái tử Nhật Bản Akishino Hiro dự lễ khai mạc.");
        assertThat(holdings(x)).containsExactly("Norodom Chakra post/kh-monarch", "Akishino Hiro post/jp-crown-prince");
        assertThat(x.personPosts().get(0).post().role()).isEqualTo("Monarch");
    }

    @Test
    void linksASpouseToThePersonNamedBeforeIt() {
        ArticleExtraction x = read("Tổng thống Chile Camila Soto và Phu quân Diego Soto đã đến Hà Nội.");
        assertThat(x.spouses()).hasSize(1);
        Facts.Spouse s = x.spouses().get(0);
        assertThat(s.name()).isEqualTo("Diego Soto");
        assertThat(s.spouseOfIri()).isEqualTo(ID + "person/camila-soto");
    }

    @Test
    void takesNoSpouseWithoutAName() {
        ArticleExtraction x = read("Tổng thống Chile Camila Soto cùng Phu nhân đã đến Hà Nội.");
        assertThat(x.spouses()).isEmpty();
    }

    @Test
    void readsConcurrentAccreditationsAfterTheResidentPost() {
        ArticleExtraction x = read(
                "Đại sứ Việt Nam tại Nam Phi, kiêm nhiệm Botswana và Lesotho Quan Văn Thịnh làm việc với đối tác.");
        assertThat(x.postings())
                .extracting(p -> p.name() + " " + p.receivingCode() + " " + p.concurrent())
                .containsExactly("Quan Văn Thịnh ZA false", "Quan Văn Thịnh BW true", "Quan Văn Thịnh LS true");
    }

    @Test
    void readsANameWrittenBeforeItsTitle() {
        ArticleExtraction x = read("Bà Maria Lopez, Đại sứ Chile tại Việt Nam, cho biết hai bên sẽ mở đường bay mới.");
        assertThat(holdings(x)).containsExactly("Maria Lopez post/cl-ambassador-vn");
        assertThat(x.postings()).extracting(Facts.Posting::receivingCode).containsExactly("VN");
    }

    @Test
    void givesTheHostOfCredentialsToABareAmbassadorTitle() {
        ArticleExtraction x = read("Ngày 5/3, Đại sứ Lò Văn Tú trình Quốc thư lên Tổng thống Peru Luis Paredes.");
        assertThat(holdings(x)).contains("Lò Văn Tú post/vn-ambassador-pe", "Luis Paredes post/pe-president");
        assertThat(events(x)).contains("CredentialsPresentation 2024-03-05");
    }

    @Test
    void doesNotTakeAConferredRankForAPost() {
        ArticleExtraction x = read("Nhân dịp này, ông Đàm Văn Lâm được phong hàm Đại sứ.");
        assertThat(x.personPosts()).isEmpty();
        assertThat(x.postings()).isEmpty();
    }

    @Test
    void datesAnEstablishmentFromAnAnniversaryAndSaysSo() {
        ArticleExtraction x = read("Hai bên tổ chức kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Israel.");
        assertThat(relations(x)).containsExactly("IL 1994");
        assertThat(x.relations().get(0).support().rule())
                .contains("anniversary")
                .contains("publication-date");
    }

    @Test
    void readsPartnershipLevelsInTheirWordings() {
        ArticleExtraction x =
                read("Năm 2008, hai nước xác lập quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam - Trung Quốc.\n"
                        + "Ngày 7/3/2024, Việt Nam và Australia nâng tầm quan hệ lên Đối tác chiến lược toàn diện.");
        assertThat(x.partnerships())
                .extracting(p ->
                        p.countryCode() + " " + p.level().substring(p.level().indexOf('#') + 1))
                .containsExactly("CN ComprehensiveStrategicPartnership", "AU ComprehensiveStrategicPartnership");
        assertThat(x.partnerships().get(1).upgrade()).isTrue();
        assertThat(x.partnerships().get(1).since().lexical()).isEqualTo("2024-03-07");
    }

    @Test
    void datesAPartnershipFromItsAnniversary() {
        ArticleExtraction x =
                read("Hai nước kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến lược Việt Nam - Tây Ban Nha.");
        assertThat(x.partnerships())
                .extracting(p -> p.countryCode() + " " + p.since().lexical())
                .containsExactly("ES 2014");
    }

    @Test
    void neverDatesAnEventFromAnotherSentence() {
        ArticleExtraction x = read(
                "Năm 1995, hai nước ký Hiệp định ngày 12/7/1995.\nBộ trưởng Ngoại giao Đào Văn Tâm hội đàm với Ngoại trưởng Australia Emma Clarke.");
        assertThat(x.events()).extracting(Facts.Event::type).doesNotContain("Talks");
    }

    @Test
    void takesTheArticlesCountryForATitleThatNamesNone() {
        ArticleExtraction x = read(
                "Chuyến thăm Thái Lan diễn ra tốt đẹp. Thái Lan là đối tác quan trọng; Nhật Bản cũng được nhắc tới.\n"
                        + "Đoàn đã chào xã giao Nhà vua Rama Chakri và Thủ tướng Somchai Wongsa.");
        assertThat(holdings(x)).containsExactly("Rama Chakri post/th-monarch", "Somchai Wongsa post/th-prime-minister");
        assertThat(x.personPosts())
                .allSatisfy(p -> assertThat(p.support().confidence()).isLessThanOrEqualTo(0.7));
    }

    @Test
    void findsTheBylineDateAfterAWeekdayOrAPlace() {
        assertThat(PublicationDateDetector.detect("Tiêu đề\nThứ Ba, 14/05/2024\nNội dung."))
                .contains(LocalDate.of(2024, 5, 14));
        assertThat(PublicationDateDetector.detect("Tiêu đề\nLima, 02/03/2024\nNội dung."))
                .contains(LocalDate.of(2024, 3, 2));
        assertThat(PublicationDateDetector.detect("Tiêu đề\n14/05/2024 | 09:10\nNội dung."))
                .contains(LocalDate.of(2024, 5, 14));
    }

    @Test
    void datesASameDayClauseByTheDayStatedBeforeIt() {
        ArticleExtraction x = read("Sáng 14/5, Thủ tướng Peru Luis Paredes hội đàm với Thủ tướng Lý Văn Phong.\n"
                + "Cùng ngày, Chủ tịch nước Đào Minh Tâm hội kiến Thủ tướng Peru Luis Paredes.");
        assertThat(events(x)).containsExactlyInAnyOrder("Talks 2024-05-14", "Meeting 2024-05-14");
        assertThat(x.events())
                .filteredOn(e -> e.type().equals("Meeting"))
                .allSatisfy(e -> assertThat(e.support().rule()).endsWith("-anaphoric-date"));
    }

    @Test
    void pointsBackToTheTalksNotToTheDaysOfAStay() {
        ArticleExtraction x = read("Chiều 12/5, Tổng thống Peru Luis Paredes và Chủ tịch nước Đào Minh Tâm hội đàm.\n"
                + "Tổng thống Luis Paredes thăm cấp Nhà nước Việt Nam từ ngày 11 đến 13/5.\n"
                + "Ngay sau hội đàm, hai nguyên thủ chứng kiến lễ trao 6 văn kiện hợp tác.");
        assertThat(events(x)).contains("Signing 2024-05-12", "StateVisit 2024-05-11");
        assertThat(events(x)).doesNotContain("Signing 2024-05-13");
    }

    @Test
    void neverTakesADateBeyondAnotherStatementInTheClause() {
        ArticleExtraction x = read("Tại cuộc hội đàm, Thủ tướng Peru Luis Paredes nhắc lại rằng hai nước thiết lập "
                + "quan hệ ngoại giao ngày 14/11/1994.");
        assertThat(x.events()).isEmpty();
        assertThat(relations(x)).containsExactly("PE 1994-11-14");
    }

    @Test
    void givesLeadersNamedOnlyByTitleTheArticlesCountry() {
        ArticleExtraction x = read("Tổng thống Peru Luis Paredes thăm Việt Nam theo lời mời của Chủ tịch nước.\n"
                + "Chiều 12/5, hai nguyên thủ đã hội đàm tại Phủ Chủ tịch.");
        assertThat(events(x)).containsExactly("Talks 2024-05-12");
        assertThat(x.events().get(0).participants()).containsExactly(ID + "country/PE");
        assertThat(x.events().get(0).support().confidence()).isLessThan(0.8);
    }

    @Test
    void datesAnAnniversaryByItsSpanOrItsMonth() {
        ArticleExtraction x = read("Hai bên kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Đan Mạch (1971 - 2021).\n"
                + "Peru và Việt Nam kỷ niệm 30 năm thiết lập quan hệ ngoại giao vào tháng 11/2024.");
        assertThat(relations(x)).containsExactlyInAnyOrder("DK 1971", "PE 1994-11");
        assertThat(x.relations())
                .extracting(r -> r.support().rule())
                .containsExactlyInAnyOrder("relation-anniversary-span", "relation-anniversary-year-from-its-date");
    }

    @Test
    void findsAPageDateWrittenAtItsFoot() {
        String body = "Nội dung bài viết. ".repeat(60);
        assertThat(PublicationDateDetector.detect("Tiêu đề\n" + body + "\n2024-11-22\nChia sẻ"))
                .contains(LocalDate.of(2024, 11, 22));
        assertThat(PublicationDateDetector.detect("Tiêu đề\n" + body + "\nChia sẻ"))
                .isEmpty();
    }

    private static List<String> rulesOf(ArticleExtraction x, String name) {
        return x.persons().stream()
                .filter(p -> p.name().equals(name))
                .map(p -> p.support().rule())
                .toList();
    }

    @Test
    void readsAVietnameseFullNameWrittenWithoutATitle() {
        ArticleExtraction x = read("Theo lời kể của Trần Thị Hoa, chuyến đi năm ấy rất vất vả; cụ Đỗ Văn Khang cũng nhớ"
                + " lại những ngày đầu. Thời vua Lê Thánh Tông, sứ thần đã qua vùng này.");
        assertThat(persons(x)).containsExactly("Trần Thị Hoa", "Đỗ Văn Khang", "Lê Thánh Tông");
        assertThat(x.persons().get(0).personIri()).isEqualTo(ID + "person/tran-thi-hoa");
        assertThat(x.personPosts()).isEmpty();
    }

    @Test
    void readsAnyNameAfterACourtesyWord() {
        ArticleExtraction x = read("Tại buổi tiếp, ông Mark Brown cảm ơn sự hỗ trợ của bà Vi Thị Lanh và Sheikh Khalid"
                + " Mansour. Bà Rịa Vũng Tàu đón đoàn.");
        assertThat(persons(x)).containsExactly("Mark Brown", "Vi Thị Lanh", "Khalid Mansour");
        assertThat(rulesOf(x, "Mark Brown")).containsExactly("introduced-name");
    }

    @Test
    void linksALaterOneWordMentionToThePersonNamedInFull() {
        ArticleExtraction x =
                read("Thủ tướng Australia Daniel Walsh thăm Hà Nội. Trong cuộc gặp, Thủ tướng Walsh nói hai"
                        + " nước sẽ hợp tác. Nhà báo Phùng Minh Tuấn hỏi thêm, và ông Tuấn được trả lời ngay.");
        assertThat(persons(x)).containsExactly("Phùng Minh Tuấn", "Daniel Walsh");
        assertThat(rulesOf(x, "Daniel Walsh")).containsExactly("later-mention");
        Facts.Support later = x.persons().stream()
                .filter(p ->
                        p.name().equals("Phùng Minh Tuấn") && p.support().rule().equals("later-mention"))
                .findFirst()
                .orElseThrow()
                .support();
        assertThat(x.text().substring(later.start(), later.end())).isEqualTo("Tuấn");
    }

    @Test
    void aFormerOfficialIsAPersonWithoutAHolding() {
        ArticleExtraction x = read("Chủ tịch Quốc hội Đỗ Văn Hải tiếp nguyên Thủ tướng Lào Bounmy Keo và cựu Ngoại"
                + " trưởng Chile Ana Rojas.");
        assertThat(holdings(x)).containsExactly("Đỗ Văn Hải post/vn-chair-of-national-assembly");
        assertThat(persons(x)).contains("Bounmy Keo", "Ana Rojas");
        assertThat(rulesOf(x, "Bounmy Keo")).containsExactly("title-pm-foreign-former");
    }
}
