package org.diplokg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void oldAndNewTonePlacementFoldAlike() {
        assertThat(TextFolding.fold("Thuỵ Sĩ"))
                .isEqualTo(TextFolding.fold("Thụy Sĩ"))
                .isEqualTo("thuy si");
        assertThat(TextFolding.fold("hoà bình")).isEqualTo(TextFolding.fold("hòa bình"));
        assertThat(TextFolding.fold("Uỷ viên")).isEqualTo(TextFolding.fold("Ủy viên"));
    }

    @Test
    void namesWithoutDiacriticsMatchNamesWithThem() {
        assertThat(TextFolding.fold("Bùi Thanh Sơn")).isEqualTo("bui thanh son");
        assertThat(TextFolding.fold("Đặng Hoàng Giang")).isEqualTo("dang hoang giang");
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(TextFolding.tokens("Ô-xtrây-li-a, (Úc)")).containsExactly("o", "xtray", "li", "a", "uc");
    }
}
