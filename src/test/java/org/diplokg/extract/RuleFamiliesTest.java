package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplokg.extract.TestSentences.ID;
import static org.diplokg.extract.TestSentences.events;
import static org.diplokg.extract.TestSentences.holdings;
import static org.diplokg.extract.TestSentences.levels;
import static org.diplokg.extract.TestSentences.read;
import static org.diplokg.extract.TestSentences.relations;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per rule family, on sentences written for these tests (no article's text, no article's people). */
class RuleFamiliesTest {

    @Test
    void readsMonarchsAndCrownPrincesOfANamedCountry() {
        ArticleExtraction x =
                read("Quốc vương Campuchia Norodom Chakra và Thái tử Nhật Bản Akishino Hiro dự lễ khai mạc.");
        assertThat(holdings(x)).containsExactly("Norodom Chakra post/kh-monarch", "Akishino Hiro post/jp-crown-prince");
        assertThat(x.personPosts().get(0).post().role()).isEqualTo("Monarch");
    }

    @Test
    void stripsHonorificsFromNames() {
        ArticleExtraction x =
                read("Thủ tướng Campuchia Samdech Techo Sok Vanna gặp Thủ tướng Malaysia Dato' Sri Lim Boon Keat.");
        assertThat(holdings(x))
                .containsExactly("Sok Vanna post/kh-prime-minister", "Lim Boon Keat post/my-prime-minister");
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
    void doesNotTakeAPlaceBeforeATitleForAName() {
        ArticleExtraction x = read("Tại Hà Nội, Thủ tướng cho biết nhiều dự án sẽ khởi công.");
        assertThat(x.personPosts()).isEmpty();
    }

    @Test
    void givesTheHostOfCredentialsToABareAmbassadorTitle() {
        ArticleExtraction x = read("Ngày 5/3, Đại sứ Lò Văn Tú trình Quốc thư lên Tổng thống Peru Luis Paredes.");
        assertThat(holdings(x)).contains("Lò Văn Tú post/vn-ambassador-pe", "Luis Paredes post/pe-president");
        assertThat(events(x)).contains("CredentialsPresentation 2024-03-05");
    }

    @Test
    void readsTheAppointeeNamedAfterAnAppointment() {
        ArticleExtraction x = read(
                "Chủ tịch nước trao quyết định bổ nhiệm Đại sứ Việt Nam tại Hàn Quốc nhiệm kỳ 2024-2027 cho ông Trần Đức Bình.");
        assertThat(holdings(x)).contains("Trần Đức Bình post/vn-ambassador-kr");
    }

    @Test
    void doesNotTakeAConferredRankForAPost() {
        ArticleExtraction x = read("Nhân dịp này, ông Đàm Văn Lâm được phong hàm Đại sứ.");
        assertThat(x.personPosts()).isEmpty();
        assertThat(x.postings()).isEmpty();
    }

    @Test
    void datesAnEstablishmentFromItsClause() {
        ArticleExtraction x = read(
                "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971; năm 2024 hai nước ký nhiều văn kiện.");
        assertThat(relations(x)).containsExactly("CL 1971-03-25");
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
    void datesEachEventFromItsOwnClause() {
        ArticleExtraction x = read(
                "Hai bên ký kết thỏa thuận ngày 2/5; ngày 4/5, Thủ tướng Lào Sonexay Siphandone hội đàm với Thủ tướng Chính phủ Lý Văn Phong.");
        assertThat(events(x)).containsExactlyInAnyOrder("Signing 2024-05-02", "Talks 2024-05-04");
    }

    @Test
    void neverDatesAnEventFromAnotherSentence() {
        ArticleExtraction x = read(
                "Năm 1995, hai nước ký Hiệp định ngày 12/7/1995.\nBộ trưởng Ngoại giao Đào Văn Tâm hội đàm với Ngoại trưởng Australia Emma Clarke.");
        assertThat(x.events()).extracting(Facts.Event::type).doesNotContain("Talks");
    }

    @Test
    void givesAConcurrentlyAccreditedAmbassadorThePostForEachState() {
        ArticleExtraction x = read("Đại sứ Việt Nam tại Cộng hòa Nam Phi, kiêm nhiệm Botswana, Quan Văn Thịnh dự lễ.");
        assertThat(holdings(x))
                .containsExactly("Quan Văn Thịnh post/vn-ambassador-za", "Quan Văn Thịnh post/vn-ambassador-bw");
    }

    @Test
    void givesTheCountryAfterTheLastTitleOfAChainToEveryTitle() {
        ArticleExtraction x = read("Tổng Bí thư, Chủ tịch nước Lào Khamla Vongsay phát biểu.");
        assertThat(holdings(x))
                .containsExactly("Khamla Vongsay post/la-general-secretary", "Khamla Vongsay post/la-president");
    }

    @Test
    void readsLowercaseParticlesOfForeignNames() {
        ArticleExtraction x = read("Thủ tướng Kuwait Sabah bin Nasser al-Ahmad đón đoàn.");
        assertThat(holdings(x)).containsExactly("Sabah bin Nasser al-Ahmad post/kw-prime-minister");
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
    void doesNotChainABareChairmanWordToTheNextTitle() {
        ArticleExtraction x = read("Chuyến thăm Qatar. Tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Hùng tiếp khách.");
        assertThat(holdings(x)).containsExactly("Lê Văn Hùng post/vn-president");
    }

    @Test
    void datesAVisitOverSeveralDaysToItsFirstDay() {
        ArticleExtraction x =
                read("Tổng thống Chile Camila Soto thăm cấp Nhà nước Việt Nam từ ngày 10 đến 12/4 theo lời mời.");
        assertThat(events(x)).containsExactly("StateVisit 2024-04-10");
    }

    @Test
    void takesTheDayWrittenAfterAnAnniversary() {
        ArticleExtraction x = read("Năm nay Việt Nam và Chile kỷ niệm 53 năm thiết lập quan hệ ngoại giao (25/3).");
        assertThat(relations(x)).containsExactly("CL 1971-03-25");
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
    void datesANextDayClauseByTheDayAfter() {
        ArticleExtraction x = read("Chiều 15/5, Thủ tướng Peru Luis Paredes hội đàm với Thủ tướng Lý Văn Phong.\n"
                + "Sáng hôm sau, Thủ tướng Peru Luis Paredes gặp Chủ tịch Quốc hội Hà Văn Sơn.");
        assertThat(events(x)).containsExactlyInAnyOrder("Talks 2024-05-15", "Meeting 2024-05-16");
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
    void readsCredentialsReceivedBanquetsMeetingsAndCalls() {
        ArticleExtraction x = read(
                "Chiều 8/5, Chủ tịch nước Đào Minh Tâm đã nhận Quốc thư của Đại sứ Peru Ana Flores.\n"
                        + "Tối 9/5, Đại sứ quán Việt Nam tại Peru tổ chức tiệc chiêu đãi mừng Quốc khánh.\n"
                        + "Sáng 10/5, Phó Thủ tướng Hà Văn Sơn gặp cựu Tổng thống Peru Jorge Ruiz.\n"
                        + "Ngày 11/5, Bộ trưởng Ngoại giao Lý Văn Phong trao đổi qua điện thoại với Ngoại trưởng Peru Ana Flores.");
        assertThat(events(x))
                .containsExactlyInAnyOrder(
                        "CredentialsPresentation 2024-05-08",
                        "Reception 2024-05-09",
                        "Meeting 2024-05-10",
                        "PhoneCall 2024-05-11");
    }

    @Test
    void datesAVisitWrittenAsADayRangeToItsFirstDay() {
        ArticleExtraction x = read("Chủ tịch nước Đào Minh Tâm thăm hữu nghị chính thức Peru từ 9-10/5.");
        assertThat(events(x)).containsExactly("OfficialVisit 2024-05-09");
    }

    @Test
    void datesANamedMeetingByTheClauseThatAttendsIt() {
        ArticleExtraction x = read("Tối 7/5, Thủ tướng Lý Văn Phong dự Hội nghị Kinh tế Thái Bình Dương tại Lima.\n"
                + "Thủ tướng thăm chính thức Peru từ ngày 8/5, sau khi dự Hội nghị Cấp cao Mekong tại Bangkok.");
        assertThat(events(x)).containsExactlyInAnyOrder("Conference 2024-05-07", "OfficialVisit 2024-05-08");
    }

    @Test
    void readsALevelStatedForTwoCountriesTheArticleIsAbout() {
        ArticleExtraction x = read("Chile và Việt Nam thúc đẩy thương mại nông sản. Chile là thị trường lớn.\n"
                + "Từ năm 2007, hai nước là Đối tác toàn diện.\n"
                + "Việt Nam coi trọng quan hệ với các đối tác chiến lược, đối tác toàn diện ở châu Mỹ.\n"
                + "Hai nước cùng tham gia Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương.");
        assertThat(levels(x)).containsExactly("CL ComprehensivePartnership");
    }

    @Test
    void readsTheSpecialRelationshipInItsSolidarityWording() {
        ArticleExtraction x = read("Hai bên vun đắp tình đoàn kết đặc biệt Việt Nam - Cuba.");
        assertThat(levels(x)).containsExactly("CU SpecialRelationship");
    }

    @Test
    void readsAnEstablishmentStatedAfterTheRelationItDates() {
        ArticleExtraction x = read("Chile và Việt Nam mở đường bay thẳng.\n"
                + "Đại sứ Việt Nam tại Chile, kiêm nhiệm Bolivia, Lê Minh Tú đánh giá cao quan hệ "
                + "hai nước, vốn được thiết lập ngày 25/3/1971.");
        assertThat(relations(x)).containsExactly("CL 1971-03-25");
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

    @Test
    void datesAnAnniversaryOfNextYearFromTheNextYear() {
        ArticleExtraction x =
                read("Bộ trưởng cho biết sang năm Việt Nam và Peru sẽ kỷ niệm 31 năm thiết lập quan hệ ngoại giao.\n"
                        + "Năm 2025, Việt Nam và Chile kỷ niệm 54 năm thiết lập quan hệ ngoại giao.");
        assertThat(relations(x)).containsExactlyInAnyOrder("PE 1994", "CL 1971");
    }

    private static List<String> persons(ArticleExtraction x) {
        return x.persons().stream().map(Facts.PersonMention::name).distinct().toList();
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
    void aNameInsideAStreetAPlaceASchoolOrAnAwardIsNoPerson() {
        ArticleExtraction x = read("Đoàn khảo sát đi dọc phố Trần Quang Khải, ghé trường Nguyễn Thị Minh Khai, nhận"
                + " Giải thưởng Phan Văn Trị ở thành phố Hồ Chí Minh, thăm Đoàn Thanh niên Cộng sản Hồ Chí Minh và"
                + " tỉnh Hà Giang rồi bay sang tỉnh Hồ Bắc.");
        assertThat(persons(x)).isEmpty();
    }

    @Test
    void aCapitalisedWordThatStartsASentenceIsNoPerson() {
        ArticleExtraction x = read("Hà Nội đón khách quốc tế. Văn Miếu mở cửa đến tối. Từ Tokyo, đoàn bay về."
                + " Mai Châu đông khách. Phó Vụ trưởng dự họp. Đoàn tới Chu Lai rồi về Lương Sơn.\nVĂN HÓA | THỂ THAO");
        assertThat(persons(x)).isEmpty();
    }

    @Test
    void aBylineIsNoPersonOfTheArticle() {
        ArticleExtraction x = read("Hai bên ký biên bản ghi nhớ. (Ảnh: Lê Minh Hòa)\nNguyễn Văn Tâm - Báo Thời Nay\n"
                + "Ngô Thu Trang\nBuổi lễ kết thúc lúc 11 giờ.");
        assertThat(persons(x)).isEmpty();
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

    @Test
    void readsAOneWordNameAfterARoyalTitle() {
        ArticleExtraction x = read("Nhà vua Na Uy Harald và Hoàng hậu Sonja đón Chủ tịch nước tại Hoàng cung Oslo;"
                + " Thái tử phi Mette dự tiệc.");
        assertThat(holdings(x))
                .containsExactly(
                        "Harald post/no-monarch", "Sonja post/no-queen-consort", "Mette post/no-crown-princess");
    }

    @Test
    void readsNoOneWordNameAfterOtherTitles() {
        ArticleExtraction x = read("Thủ tướng Na Uy Lars nói rằng Bộ trưởng Ngoại giao Na Uy Tore sẽ đến sau.");
        assertThat(holdings(x)).isEmpty();
    }
}
