package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplokg.extract.TestSentences.holdings;
import static org.diplokg.extract.TestSentences.read;

import org.junit.jupiter.api.Test;

/**
 * General misreadings found on the development set and the seeds, each pinned on sentences written for this test:
 * regions that contain a country's name, particles of foreign names, a bare minister before a foreign name, the
 * country of a title stated earlier in its sentence, and legislature titles.
 *
 * Cases pinned by one sentence and one list are rows of {@code src/test/resources/extract/general-misreadings.tsv}, checked by
 * {@link SentenceTablesTest}.
 */
class GeneralMisreadingsTest {

    @Test
    void aBareMinisterBeforeAForeignNameIsNotVietnams() {
        ArticleExtraction x = read("Chiều 14/5, Bộ trưởng Hans Keller đã tiếp đoàn doanh nghiệp tại Bern.");
        assertThat(holdings(x)).noneMatch(h -> h.contains("post/vn-"));
    }

    @Test
    void readsTheNameAfterAConcurrentListOfStatesWrittenWithTheirForm() {
        ArticleExtraction x = read("Đại sứ Việt Nam tại Pháp, kiêm nhiệm Công quốc Monaco, Hà Văn Long dự lễ.");
        assertThat(x.postings())
                .extracting(p -> p.name() + " " + p.receivingCode())
                .containsExactly("Hà Văn Long FR", "Hà Văn Long MC");
    }
}
