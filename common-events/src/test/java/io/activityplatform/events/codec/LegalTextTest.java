package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Sanitizing makes any text legal, changes legal text not at all, and truncation never splits a pair. */
class LegalTextTest {

    @Provide
    Arbitrary<String> anyText() {
        // Every char value, so unpaired surrogates, controls and every plane (as pairs) all occur.
        return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(200);
    }

    @Property
    void sanitizedTextIsAlwaysLegal(@ForAll("anyText") String text) {
        String clean = LegalText.sanitize(text);

        assertThat(LegalText.isLegal(clean)).isTrue();
        assertThat(clean.length()).isLessThanOrEqualTo(text.length());
        assertThat(LegalText.sanitize(clean)).isEqualTo(clean);
    }

    @Property
    void legalTextIsLeftAlone(@ForAll("anyText") String text) {
        if (LegalText.isLegal(text)) {
            assertThat(LegalText.sanitize(text)).isSameAs(text);
        } else {
            assertThat(LegalText.sanitize(text)).isNotEqualTo(text).contains("\ufffd");
            assertThat(LegalText.describe(text)).contains("U+");
        }
    }

    @Property
    void truncatingLegalTextKeepsItLegal(@ForAll("anyText") String text, @ForAll @IntRange(max = 210) int max) {
        String clean = LegalText.sanitize(text);

        String cut = LegalText.truncate(clean, max);

        assertThat(LegalText.isLegal(cut)).isTrue();
        assertThat(cut.length()).isLessThanOrEqualTo(max);
        assertThat(clean).startsWith(cut);
    }

    @org.junit.jupiter.api.Test
    void theExcludedCodePointsAreExactlyThoseOutsideXmlChar() {
        assertThat(LegalText.isLegal(0)).isFalse();
        assertThat(LegalText.isLegal(0x1F)).isFalse();
        assertThat(LegalText.isLegal('\t')).isTrue();
        assertThat(LegalText.isLegal('\n')).isTrue();
        assertThat(LegalText.isLegal('\r')).isTrue();
        assertThat(LegalText.isLegal(0x20)).isTrue();
        assertThat(LegalText.isLegal(0x7F)).isTrue();
        assertThat(LegalText.isLegal(0xD7FF)).isTrue();
        assertThat(LegalText.isLegal(0xD800)).isFalse();
        assertThat(LegalText.isLegal(0xDFFF)).isFalse();
        assertThat(LegalText.isLegal(0xE000)).isTrue();
        assertThat(LegalText.isLegal(0xFFFD)).isTrue();
        assertThat(LegalText.isLegal(0xFFFE)).isFalse();
        assertThat(LegalText.isLegal(0x10000)).isTrue();
        assertThat(LegalText.isLegal(0x10FFFF)).isTrue();
        assertThat(LegalText.sanitize("a\u0000b\ud800c\ud83d\ude00")).isEqualTo("a\ufffdb\ufffdc\ud83d\ude00");
        assertThat(LegalText.truncate("ab\ud83d\ude00", 3)).isEqualTo("ab");
    }
}
