package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextStagesTest {

    @Test
    void movesOldToneMarksToTheNewPlaceAndKeepsLength() {
        assertThat(VietnameseText.normalize("hoà bình, Thuỵ Sĩ, Uỷ ban, khoẻ mạnh"))
                .isEqualTo("hòa bình, Thụy Sĩ, Ủy ban, khỏe mạnh");
        assertThat(VietnameseText.normalize("quý vị, hoàn thành, thuở")).isEqualTo("quý vị, hoàn thành, thuở");
        String decomposed = Normalizer.normalize("Hoà Bình", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Hòa Bình");
        assertThat(VietnameseText.normalize("Thuỵ Điển").length()).isEqualTo("Thuỵ Điển".length());
    }

    @Test
    void slugsAndAsciiDropDiacritics() {
        assertThat(VietnameseText.slug("Đỗ Hùng Việt")).isEqualTo("do-hung-viet");
        assertThat(VietnameseText.ascii("Đỗ Hùng Việt")).isEqualTo("Do Hung Viet");
    }

    @Test
    void splitsSentencesButNotAfterAbbreviationsOrInitials() {
        List<Sentence> s =
                SentenceSplitter.split("Ông đến TP. Hồ Chí Minh hôm qua. Bà N. Lan phát biểu! Sau đó\nmọi người về.");
        assertThat(s)
                .extracting(Sentence::text)
                .containsExactly("Ông đến TP. Hồ Chí Minh hôm qua.", "Bà N. Lan phát biểu!", "Sau đó", "mọi người về.");
        assertThat(s.get(1).start()).isEqualTo(33);
    }

    @Test
    void readsFullPartialAndRelativeDates() {
        LocalDate published = LocalDate.of(2024, 2, 1);
        List<DateMention> d = DateExpressions.find(
                "Ngày 14/12/2021 họp; tháng 5/2008 ký; năm 2019 thăm; chiều 30/1 gặp; "
                        + "ngày 23 tháng 8 năm 2019 dự; sáng 20/12 tiếp.",
                published);
        assertThat(d)
                .extracting(DateMention::lexical)
                .containsExactly("2021-12-14", "2008-05", "2019", "2024-01-30", "2019-08-23", "2023-12-20");
        assertThat(d.get(3).inferredYear()).isTrue();
        assertThat(d.get(0).inferredYear()).isFalse();
    }

    @Test
    void readsTodayAndYesterdayAgainstThePublicationDate() {
        List<DateMention> d =
                DateExpressions.find("Hội nghị khai mạc sáng nay; đoàn đã đến hôm qua.", LocalDate.of(2022, 3, 1));
        assertThat(d).extracting(DateMention::lexical).containsExactly("2022-03-01", "2022-02-28");
        assertThat(DateExpressions.find("Hội nghị khai mạc sáng nay.", null)
                        .get(0)
                        .resolved())
                .isFalse();
    }

    @Test
    void leavesDayAndMonthWithoutYearUnresolvedWhenThereIsNoPublicationDate() {
        List<DateMention> d = DateExpressions.find("Tối ngày 15/7, đoàn đến.", null);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).resolved()).isFalse();
        assertThat(d.get(0).expression()).isEqualTo("Tối ngày 15/7");
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(DateExpressions.find("ngày 31/2/2020 và ngày 45/13", LocalDate.of(2020, 3, 1)))
                .isEmpty();
    }

    @Test
    void prefersTheBylineDateOverASiteClock() {
        String header =
                "Chuyên mục\nThứ Hai, ngày 02 tháng 01 năm 2017, 08:00:01\n\nTiêu đề bài\n\nPV - 07:30, 05/03/2024\n\nNội dung.";
        assertThat(PublicationDateDetector.detect(header)).contains(LocalDate.of(2024, 3, 5));
        assertThat(PublicationDateDetector.detect("Tiêu đề\n\n12/11/2022 18:05\n\nNội dung"))
                .contains(LocalDate.of(2022, 11, 12));
        assertThat(PublicationDateDetector.detect("Tiêu đề\n\nKhông có ngày đăng."))
                .isEmpty();
    }

    @Test
    void findsPolicyDocumentsByNumberAndTheirIssueDate() {
        ArticleContext a = ArticleContext.of(
                "Theo Nghị quyết số 22-NQ/TW ngày 10/4/2013, Quyết định 1079/QĐ-TTg và Chỉ thị 12/CT-TTg; "
                        + "Nghị định 06/2021/NĐ-CP; năm 2020-2025.",
                null);
        List<Facts.Document> docs = new DocumentExtractor().find(a);
        assertThat(docs)
                .extracting(Facts.Document::number)
                .containsExactly("22-NQ/TW", "1079/QĐ-TTg", "12/CT-TTg", "06/2021/NĐ-CP");
        assertThat(docs.get(0).issuedOn()).isEqualTo(LocalDate.of(2013, 4, 10));
        assertThat(docs)
                .extracting(Facts.Document::type)
                .containsExactly("PartyResolution", "GovernmentDecision", "PrimeMinisterDirective", "PolicyDocument");
        assertThat(DocumentExtractor.slug("22-NQ/TW")).isEqualTo("22-nq-tw");
    }

    @Test
    void readsBarePartyDocumentNumbersOnlyWhenAPartyBodyIssuedThem() {
        ArticleContext a = ArticleContext.of(
                "Thực hiện Nghị quyết 18, Chỉ thị 7 và gần đây là Kết luận 40 của Bộ Chính trị. "
                        + "Theo Quyết định 99 của tỉnh, việc này tiếp tục.",
                null);
        List<Facts.Document> docs = new DocumentExtractor().find(a);
        assertThat(docs).extracting(Facts.Document::number).containsExactly("18-NQ/TW", "7-CT/TW", "40-KL/TW");
        assertThat(docs).extracting(Facts.Document::issuerSlug).containsOnly("vn-politburo");
    }

    @Test
    void readsFiguresInVietnameseNumberStyle() {
        ArticleContext a = ArticleContext.of(
                "Kim ngạch đạt 1.250 triệu USD, tăng 3,5 tỷ USD; đón 120 đoàn khách và 2.000 lượt người; "
                        + "hơn 4 nghìn người, 85% kế hoạch; năm 2022 ổn định.",
                null);
        List<Facts.Figure> f = new FigureExtractor().find(a);
        assertThat(f)
                .extracting(x -> x.value().toPlainString() + " " + x.unit())
                .containsExactly(
                        "1250000000 USD",
                        "3500000000 USD",
                        "120 delegation",
                        "2000 visit",
                        "4000 person",
                        "85 percent");
        assertThat(f.get(2).measure()).isEqualTo("đoàn khách và");
    }

    @Test
    void keepsLinkedStoriesAsTeasersAndBlanksCommentsWithoutMovingOffsets() {
        String text =
                "Bài chính.\nTIN LIÊN QUAN\nTin khác về Lào\n\nTiếp nội dung.\nĐọc thêm\nTin về Nga.\nChia sẻ | Bình luận\n"
                        + "Ý kiến bạn đọc\nMột độc giả ở Pháp viết.";
        Boilerplate.Page page = new Boilerplate(RuleCues.load()).read(text);
        assertThat(page.text())
                .hasSameSizeAs(text)
                .contains("Tin khác về Lào")
                .contains("Tin về Nga.")
                .contains("Tiếp nội dung.")
                .doesNotContain("TIN LIÊN QUAN")
                .doesNotContain("Chia sẻ")
                .doesNotContain("Pháp");
        assertThat(page.text().indexOf("Tiếp nội dung")).isEqualTo(text.indexOf("Tiếp nội dung"));
        assertTeasers(page, text, List.of("Lào", "Nga"), List.of("Tiếp nội dung", "Bài chính"));
    }

    @Test
    void keepsARelatedArticleCardOnceAsATeaser() {
        String text =
                "Nội dung chính về Lào.\n\nĐoàn công tác thăm Thái Lan\n\nĐoàn công tác thăm Thái Lan\n\nChiều 3/4, đoàn đã đến Bangkok và ...\n\nKết thúc.";
        Boilerplate.Page page = new Boilerplate(RuleCues.load()).read(text);
        assertThat(page.text().split("Thái Lan", -1)).hasSize(2);
        assertTeasers(page, text, List.of("Thái Lan", "Bangkok"), List.of("Kết thúc", "Lào"));
    }

    @Test
    void marksFactsFromTeasersWithLowerConfidence() {
        ArticleExtraction x = TestSentences.pipeline()
                .extract(new ArticleInput(
                        "Tin",
                        "Thủ tướng Lào Sonexay Siphandone đến Hà Nội.\n\nTin liên quan\n"
                                + "- Đại sứ Hàn Quốc Kim Min-jae trình Quốc thư",
                        null,
                        null,
                        java.time.LocalDate.of(2024, 5, 20),
                        null));
        assertThat(x.personPosts())
                .extracting(p -> p.post().iri().substring(p.post().iri().lastIndexOf('/') + 1) + " "
                        + p.support().rule())
                .containsExactly(
                        "la-prime-minister title-pm-foreign", "kr-ambassador-vn title-ambassador-foreign-teaser");
        assertThat(x.personPosts().get(1).support().confidence())
                .isLessThan(x.personPosts().get(0).support().confidence());
    }

    @Test
    void decodesHtmlAndRefusesWhatIsNotAnArticle() {
        String html =
                "<html><head><script>var x='Lào';</script></head><body><h1>Tiêu đề</h1><nav>Menu</nav><p>Đoạn <b>một</b>.</p><p>Đoạn hai.</p></body></html>";
        assertThat(ArticleDecoder.decode(html.getBytes(StandardCharsets.UTF_8), false, 10_000))
                .isEqualTo("Tiêu đề\n\nĐoạn một.\nĐoạn hai.\n");
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[0], false, 10)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[] {(byte) 0xc3, 0x28}, false, 10))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[] {1, 2, 3, 4, 5, 0, 'a'}, false, 10))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleDecoder.decode("abcdef".getBytes(StandardCharsets.UTF_8), false, 3))
                .isInstanceOfSatisfying(
                        ArticleDecoder.BadArticleException.class,
                        e -> assertThat(e.tooLarge()).isTrue());
    }

    /** Where each phrase first stands in {@code text}: inside a teaser for the first list, in the body for the second. */
    private static void assertTeasers(Boilerplate.Page page, String text, List<String> teasers, List<String> body) {
        teasers.forEach(t -> assertThat(page.inTeaser(text.indexOf(t)))
                .as("in a teaser: " + t)
                .isTrue());
        body.forEach(b -> assertThat(page.inTeaser(text.indexOf(b)))
                .as("in the body: " + b)
                .isFalse());
    }
}
