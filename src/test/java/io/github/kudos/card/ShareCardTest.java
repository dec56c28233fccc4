package io.github.kudos.card;

import io.github.kudos.image.ImageException;
import io.github.kudos.image.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The share card: its size, its bytes, and names of every length and script. */
class ShareCardTest {
    private static ShareCard.Card card(String words, String name) {
        return new ShareCard.Card(words, name, "2015", "Harbour & Vine Catering", "clients.harbourvine.example",
                "#1f6f5c", "#f2b705", null, new ShareCard.Monogram("CC", "#8a3b5c", "#ffffff"));
    }

    @Test
    void aCardIs1200By630AndTheSameInputGivesTheSameBytes() throws ImageException {
        byte[] first = ShareCard.png(card(CardWords.ENGLISH.headline(), "Coho Café"));
        byte[] second = ShareCard.png(card(CardWords.ENGLISH.headline(), "Coho Café"));
        assertThat(second).isEqualTo(first);
        BufferedImage image = TestImages.read(first);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(TestImages.pngChunks(first)).as("no tIME, no text: nothing changes between builds")
                .containsOnly("IHDR", "IDAT", "IEND");
    }

    @Test
    void aCardDrawnAfterAnotherIsTheSameAsOneDrawnAlone() throws ImageException {
        // cards share a canvas per thread (issue 7): nothing of the previous card may show through
        byte[] alone = io.github.kudos.image.Raster.png(ShareCard.render(card(CardWords.ENGLISH.headline(), "Coho Café")));
        ShareCard.png(new ShareCard.Card("x", "An Entirely Different, Much Longer Business Name", null, "Other Site",
                "other.example", "#f2b705", "#1f6f5c", null, new ShareCard.Monogram("AE", "#000000", "#ffffff")));
        assertThat(ShareCard.png(card(CardWords.ENGLISH.headline(), "Coho Café"))).isEqualTo(alone);
    }

    @Test
    void theWordsArePassedInSoAnotherLanguageIsOneMoreSetOfWords() throws ImageException {
        CardWords german = new CardWords("Stolz, seit {1} mit {0} zu arbeiten", "Stolz, mit {0} zu arbeiten",
                "Stolz, mit {0} gearbeitet zu haben", "Stolzer Kunde von {0}", "Stolzer Lieferant von {0}",
                "Stolzer Partner von {0}");
        assertThat(ShareCard.png(card(german.headline(), "Coho Café"))).isNotEqualTo(ShareCard.png(card(CardWords.ENGLISH.headline(), "Coho Café")));
        assertThat(CardWords.fill(german.headline(), "Coho Café", "2015")).isEqualTo("Stolz, seit 2015 mit Coho Café zu arbeiten");
        assertThat(Badge.of(german.badgeSupplier(), "Harbour & Vine", "#1f6f5c").text()).isEqualTo("Stolzer Lieferant von Harbour & Vine");
    }

    @Test
    void aLongNameWrapsShrinksAndIsCutButNeverLeavesItsBox() throws ImageException {
        String longName = "The Extraordinarily Long-Named Wellington Harbourside Artisanal Sourdough, Pastry, Coffee "
                + "Roastery & Community Kitchen Cooperative of the Greater Te Aro District Incorporated ".repeat(4);
        TextFit.Block block = TextFit.fit(CardWords.ENGLISH.headline(), longName, "2015", ShareCard.TEXT_WIDTH,
                ShareCard.TEXT_HEIGHT, 72, 30, 5);
        assertThat(block.size()).isEqualTo(30f);
        assertThat(block.text()).contains("…").endsWith("since 2015");
        for (Rectangle2D line : block.bounds()) {
            assertThat(line.getMinX()).isGreaterThanOrEqualTo(-1);
            assertThat(line.getMaxX()).isLessThanOrEqualTo(ShareCard.TEXT_WIDTH + 1);
            assertThat(line.getMinY()).isGreaterThanOrEqualTo(-1);
            assertThat(line.getMaxY()).isLessThanOrEqualTo(ShareCard.TEXT_HEIGHT + 1);
        }
        String unbroken = "Supercalifragilisticexpialidocious".repeat(6);
        BufferedImage image = TestImages.read(ShareCard.png(card(CardWords.ENGLISH.headline(), unbroken)));
        for (int y = 0; y < ShareCard.HEIGHT; y++) {
            for (int x = ShareCard.TEXT_X + ShareCard.TEXT_WIDTH + 4; x < ShareCard.WIDTH; x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("right margin at " + x + "," + y).isEqualTo(0xFFFFFF);
            }
        }
        TextFit.Block short_ = TextFit.fit(CardWords.ENGLISH.headline(), "Coho", "2015", ShareCard.TEXT_WIDTH,
                ShareCard.TEXT_HEIGHT, 72, 30, 5);
        assertThat(short_.size()).as("a short name is set large").isEqualTo(72f);
    }

    /** "Anchor Communications" once became "Communication" and "s since 2019": a word too wide is set smaller instead. */
    @Test
    void aLineNeverBreaksInsideAWord() {
        for (String name : new String[] {"Anchor Communications", "Coho Café", "Wellington Harbourside Infrastructure Consultancy",
                "The Extraordinarily Long-Named Wellington Harbourside Artisanal Sourdough Cooperative"}) {
            TextFit.Block block = TextFit.fit(CardWords.ENGLISH.headline(), name, "2019", ShareCard.TEXT_WIDTH,
                    ShareCard.TEXT_HEIGHT, 72, 30, 5);
            int end = 0;
            for (var line : block.lines().subList(0, block.lines().size() - 1)) {
                end += line.getCharacterCount();
                String text = block.text();
                assertThat(Character.isLetterOrDigit(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end)))
                        .as(name + ": a line ends at '" + text.substring(0, end) + "'").isFalse();
            }
        }
    }

    @Test
    void latinGreekAndCyrillicNamesUseTheBundledFont() {
        for (String name : new String[] {"Kōwhai Florist · Ōwhiro Bay", "Καφενείο Αθηνά", "Пекарня «Москва»", "Łódź Café Žižkov"}) {
            assertThat(Fonts.bundledCovers(name)).as(name).isTrue();
        }
    }

    @Test
    void otherScriptsFallBackToASystemFontThatHasTheGlyphs() {
        String name = "北京烤鸭店";
        boolean systemHasOne = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplayUpTo(name) == -1);
        assumeTrue(systemHasOne, "no font on this machine draws Chinese");
        assertThat(Fonts.bundledCovers(name)).isFalse();
        AttributedCharacterIterator text = Fonts.styled("Proud to work with " + name, 40, 19, 24).getIterator();
        for (char c = text.setIndex(19); text.getIndex() < 24; c = text.next()) {
            Font font = (Font) text.getAttribute(TextAttribute.FONT);
            assertThat(font.canDisplay(c)).as("glyph for " + c + " in " + font.getFontName()).isTrue();
        }
    }
}
