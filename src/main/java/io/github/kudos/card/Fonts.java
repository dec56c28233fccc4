package io.github.kudos.card;

import io.github.kudos.image.Headless;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of the share cards. DejaVu Sans ships inside the jar (src/main/resources/fonts, from
 * Debian's fonts-dejavu-core, Bitstream Vera licence beside it): it covers Latin, Greek and
 * Cyrillic, so those names look the same on every machine. A character it lacks (Arabic, Chinese,
 * Devanagari...) is drawn with the first system font that has it, so the card shows the name rather
 * than empty boxes wherever the machine has a font for it.
 */
public final class Fonts {
    /** Part of the cards' cache key: a different font gives different pixels. */
    public static final String VERSION = "DejaVuSans-2.37";
    private static final Font REGULAR;
    private static final Font BOLD;
    private static final Map<Integer, Font> FALLBACKS = new ConcurrentHashMap<>();
    private static volatile List<Font> systemFonts;

    static {
        Headless.ensure();
        REGULAR = load("/fonts/DejaVuSans.ttf");
        BOLD = load("/fonts/DejaVuSans-Bold.ttf");
    }

    private Fonts() {}

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the jar: " + resource);
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font " + resource, e);
        }
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.PLAIN, size);
    }

    /**
     * Text in a font, each run of characters the font cannot draw given to a system font that can.
     * bold marks [boldStart, boldEnd) bold (pass -1 for none).
     */
    public static AttributedString styled(String text, float size, int boldStart, int boldEnd) {
        AttributedString styled = new AttributedString(text.isEmpty() ? " " : text);
        if (text.isEmpty()) return styled;
        int i = 0;
        while (i < text.length()) {
            boolean bold = i >= boldStart && i < boldEnd;
            Font base = bold ? bold(size) : regular(size);
            int codePoint = text.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            Font font = base.canDisplay(codePoint) || Character.isWhitespace(codePoint) ? base : fallback(codePoint, size, bold);
            while (end < text.length()) {
                int next = text.codePointAt(end);
                boolean nextBold = end >= boldStart && end < boldEnd;
                if (nextBold != bold) break;
                Font nextFont = base.canDisplay(next) || Character.isWhitespace(next) ? base : fallback(next, size, bold);
                if (!nextFont.equals(font)) break;
                end += Character.charCount(next);
            }
            styled.addAttribute(TextAttribute.FONT, font, i, end);
            i = end;
        }
        return styled;
    }

    /** The first system font, by name, that draws the character; the bundled font when none does. */
    static Font fallback(int codePoint, float size, boolean bold) {
        Font font = FALLBACKS.computeIfAbsent(codePoint, c -> systemFonts().stream()
                .filter(f -> f.canDisplay(c)).findFirst().orElse(REGULAR));
        return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    private static List<Font> systemFonts() {
        List<Font> fonts = systemFonts;
        if (fonts == null) {
            Font[] all = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
            fonts = Arrays.stream(all).filter(f -> !f.getFontName().matches("(?i).*(italic|oblique|bold).*"))
                    .sorted(java.util.Comparator.comparing(Font::getFontName)).toList();
            systemFonts = fonts;
        }
        return fonts;
    }

    /** True when the bundled font draws every character (no system font needed). */
    public static boolean bundledCovers(String text) {
        return REGULAR.canDisplayUpTo(text) == -1;
    }
}
