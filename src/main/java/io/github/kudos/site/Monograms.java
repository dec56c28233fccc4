package io.github.kudos.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/** Initials and an AA-contrast colour derived from a name, for profiles shown without a logo. */
public final class Monograms {
    /** Compiled once: String.split compiles a pattern of more than one character at every call. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s&+/,.-]+");

    private Monograms() {}

    public static MonogramView of(String name, String svgUrl) {
        return new MonogramView(initials(name), background(name), "#ffffff", svgUrl);
    }

    static String initials(String name) {
        String[] words = Arrays.stream(WORD_BREAKS.split(name))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0)))
                .filter(w -> !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("and"))
                .toArray(String[]::new);
        if (words.length == 0) return name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1));
        StringBuilder initials = new StringBuilder().appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) initials.appendCodePoint(words[1].codePointAt(0));
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    /** A hue from the name's hash, darkened until white text on it reaches 4.5:1 (WCAG AA). */
    static String background(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        double hue = crc.getValue() % 360;
        for (double lightness = 0.42; ; lightness -= 0.02) {
            int[] rgb = hslToRgb(hue, 0.5, lightness);
            if (Contrast.ratio(rgb, new int[] {255, 255, 255}) >= 4.5) {
                return "#" + HexFormat.of().toHexDigits((byte) rgb[0]) + HexFormat.of().toHexDigits((byte) rgb[1])
                        + HexFormat.of().toHexDigits((byte) rgb[2]);
            }
        }
    }

    public static String svg(MonogramView monogram, String name) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 120\" width=\"120\" height=\"120\""
                + " role=\"img\" aria-label=\"" + Xml.escape(name) + "\">"
                + "<rect width=\"120\" height=\"120\" rx=\"16\" fill=\"" + monogram.background() + "\"/>"
                + "<text x=\"60\" y=\"60\" dy=\".35em\" text-anchor=\"middle\" font-family=\"system-ui,sans-serif\""
                + " font-size=\"48\" font-weight=\"600\" fill=\"" + monogram.foreground() + "\">"
                + Xml.escape(monogram.initials()) + "</text></svg>\n";
    }

    private static int[] hslToRgb(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = lightness - chroma / 2;
        double[] rgb = hue < 60 ? new double[] {chroma, x, 0} : hue < 120 ? new double[] {x, chroma, 0}
                : hue < 180 ? new double[] {0, chroma, x} : hue < 240 ? new double[] {0, x, chroma}
                : hue < 300 ? new double[] {x, 0, chroma} : new double[] {chroma, 0, x};
        return new int[] {(int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
                (int) Math.round((rgb[2] + m) * 255)};
    }
}
