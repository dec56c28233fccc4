package io.github.kudos.card;

import io.github.kudos.site.Contrast;
import io.github.kudos.site.Xml;

import java.awt.Font;
import java.util.Locale;

/**
 * The "Proud client of Harbour &amp; Vine" badge a profile can put on its own site: a two-part SVG
 * (the words, then the business's name on its primary colour), measured with the bundled font's
 * metrics and pinned with textLength, so it never overflows whatever font the visitor has.
 */
public final class Badge {
    public static final int HEIGHT = 28;
    static final float FONT_SIZE = 13;
    static final int PAD = 10;

    private Badge() {}

    /** An SVG badge and its size; text is what it says, for alt text. */
    public record Svg(String svg, int width, int height, String text) {}

    /** pattern holds {0} for the business's name; primary is a #rrggbb colour. */
    public static Svg of(String pattern, String business, String primary) {
        String text = CardWords.fill(pattern, business, null).strip();
        int at = pattern.indexOf("{0}");
        String left = at < 0 ? text : pattern.substring(0, at).strip();
        String right = at < 0 ? "" : (business + pattern.substring(at + 3)).strip();
        int leftWidth = left.isEmpty() ? 0 : measure(left, false) + 2 * PAD;
        int rightWidth = right.isEmpty() ? 0 : measure(right, true) + 2 * PAD;
        int width = leftWidth + rightWidth;
        int[] fill = readable(Contrast.parse(primary).orElse(new int[] {0x1f, 0x6f, 0x5c}));
        String fillHex = Contrast.hex(fill);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(Xml.escape(text)).append("\">")
                .append("<title>").append(Xml.escape(text)).append("</title>")
                .append("<clipPath id=\"r\"><rect width=\"").append(width).append("\" height=\"").append(HEIGHT)
                .append("\" rx=\"6\"/></clipPath><g clip-path=\"url(#r)\">")
                .append("<rect width=\"").append(leftWidth).append("\" height=\"").append(HEIGHT).append("\" fill=\"#2b3331\"/>")
                .append("<rect x=\"").append(leftWidth).append("\" width=\"").append(rightWidth).append("\" height=\"")
                .append(HEIGHT).append("\" fill=\"").append(fillHex).append("\"/></g>")
                .append("<g fill=\"#ffffff\" font-family=\"DejaVu Sans,Verdana,Geneva,sans-serif\" font-size=\"")
                .append(format(FONT_SIZE)).append("\">");
        if (!left.isEmpty()) text(svg, left, PAD, leftWidth - 2 * PAD, false);
        if (!right.isEmpty()) text(svg, right, leftWidth + PAD, rightWidth - 2 * PAD, true);
        svg.append("</g></svg>\n");
        return new Svg(svg.toString(), width, HEIGHT, text);
    }

    /**
     * The HTML another site pastes to show a badge: the badge image in a link back to the profile,
     * rel="nofollow" (a widget link must not pass ranking), its alt text the badge's plain words.
     */
    public static String snippet(String profileUrl, String badgeUrl, Svg badge) {
        return "<a href=\"" + Xml.escape(profileUrl) + "\" rel=\"nofollow\"><img src=\"" + Xml.escape(badgeUrl)
                + "\" width=\"" + badge.width() + "\" height=\"" + badge.height() + "\" alt=\"" + Xml.escape(badge.text())
                + "\"></a>";
    }

    private static void text(StringBuilder svg, String text, int x, int length, boolean bold) {
        svg.append("<text x=\"").append(x).append("\" y=\"18.5\" textLength=\"").append(length)
                .append("\" lengthAdjust=\"spacingAndGlyphs\"").append(bold ? " font-weight=\"bold\"" : "").append('>')
                .append(Xml.escape(text)).append("</text>");
    }

    private static int measure(String text, boolean bold) {
        Font font = bold ? Fonts.bold(FONT_SIZE) : Fonts.regular(FONT_SIZE);
        return (int) Math.ceil(font.getStringBounds(text, TextFit.FRC).getWidth());
    }

    /** White text needs 4.5:1 on the name's background: the primary colour, darkened until it has it. */
    static int[] readable(int[] rgb) {
        for (double f = 1.0; f >= 0; f -= 0.05) {
            int[] shade = {(int) Math.round(rgb[0] * f), (int) Math.round(rgb[1] * f), (int) Math.round(rgb[2] * f)};
            if (Contrast.ratio(shade, new int[] {255, 255, 255}) >= 4.5) return shade;
        }
        return new int[] {0, 0, 0};
    }

    private static String format(float value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
