package io.github.kudos.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Monograms: initials, a colour from the name, and text that reaches WCAG AA contrast on it, for any name. */
class MonogramsTest {
    @Test
    void everyMonogramReachesAaContrast() {
        List<String> names = new ArrayList<>(List.of("Coho Café", "Kōwhai Florist", "Καφενείο Αθηνά", "Пекарня Москва",
                "北京烤鸭店", "Ø", "42 Below", "The Old Mill & Bakery"));
        for (int i = 0; i < 2000; i++) names.add("Client number " + i);
        for (String name : names) {
            MonogramView m = Monograms.of(name, "/x/monogram.svg");
            int[] background = Contrast.parse(m.background()).orElseThrow();
            int[] foreground = Contrast.parse(m.foreground()).orElseThrow();
            assertThat(Contrast.ratio(background, foreground)).as(name + " " + m.background()).isGreaterThanOrEqualTo(4.5);
            assertThat(m.background()).matches("#[0-9a-f]{6}");
        }
    }

    @Test
    void theColourComesFromTheNameAndTheInitialsFromItsWords() {
        assertThat(Monograms.of("Coho Café", "").background()).isEqualTo(Monograms.of("Coho Café", "").background());
        assertThat(Monograms.of("Coho Café", "").background()).isNotEqualTo(Monograms.of("Old Mill", "").background());
        assertThat(Monograms.of("Coho Café", "").initials()).isEqualTo("CC");
        assertThat(Monograms.of("The Old Mill & Bakery", "").initials()).isEqualTo("OM");
        assertThat(Monograms.of("Пекарня Москва", "").initials()).isEqualTo("ПМ");
        assertThat(Monograms.svg(Monograms.of("A <b> & C", "/m.svg"), "A <b> & C")).contains("aria-label=\"A &lt;b&gt; &amp; C\"")
                .doesNotContain("<b>");
    }
}
