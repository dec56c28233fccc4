package io.github.kudos.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG 2.x relative luminance and contrast ratio, and the CSS colour syntax site.yaml accepts. */
public final class Contrast {
    /** WCAG 2.2 AA for normal text (1.4.3); buttons carry text, so the same. */
    public static final double AA_TEXT = 4.5;
    private static final Pattern FUNCTION = Pattern.compile("(rgba?|hsla?)\\((.*)\\)");

    private Contrast() {}

    public static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The lowest contrast of a colour against any of the backgrounds. */
    public static double worst(int[] color, List<int[]> backgrounds) {
        return backgrounds.stream().mapToDouble(b -> ratio(color, b)).min().orElse(21);
    }

    static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /**
     * The nearest colour on the way from color to target (black or white) whose contrast with every
     * background reaches ratio; color itself when it already does.
     */
    public static int[] toward(int[] color, int[] target, List<int[]> backgrounds, double ratio) {
        for (int step = 0; step <= 100; step++) {
            int[] mixed = mix(color, target, step / 100.0);
            if (worst(mixed, backgrounds) >= ratio) return mixed;
        }
        return target;
    }

    /** a with weight (1 - share) and b with weight share, in sRGB. */
    public static int[] mix(int[] a, int[] b, double share) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) out[i] = (int) Math.round(a[i] * (1 - share) + b[i] * share);
        return out;
    }

    public static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /**
     * The sRGB value of a colour in the syntax site.yaml accepts: #rgb, #rgba, #rrggbb, #rrggbbaa,
     * rgb()/rgba() and hsl()/hsla(), commas or spaces. Alpha is ignored: the theme only ever
     * uses opaque colours derived from it for text.
     */
    public static Optional<int[]> parse(String css) {
        String value = css.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("#")) return hexColor(value.substring(1));
            Matcher matcher = FUNCTION.matcher(value);
            if (!matcher.matches()) return Optional.empty();
            String[] parts = matcher.group(2).replace("/", " ").replace(",", " ").trim().split("\\s+");
            if (parts.length < 3) return Optional.empty();
            if (matcher.group(1).startsWith("rgb")) {
                return Optional.of(new int[] {channel(parts[0]), channel(parts[1]), channel(parts[2])});
            }
            return Optional.of(hsl(hue(parts[0]), percent(parts[1]), percent(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<int[]> hexColor(String digits) {
        if (digits.length() == 3 || digits.length() == 4) {
            int[] rgb = new int[3];
            for (int i = 0; i < 3; i++) rgb[i] = Integer.parseInt(digits.substring(i, i + 1).repeat(2), 16);
            return Optional.of(rgb);
        }
        if (digits.length() == 6 || digits.length() == 8) {
            int[] rgb = new int[3];
            for (int i = 0; i < 3; i++) rgb[i] = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
            return Optional.of(rgb);
        }
        return Optional.empty();
    }

    private static int channel(String part) {
        double value = part.endsWith("%") ? Double.parseDouble(part.substring(0, part.length() - 1)) * 2.55
                : Double.parseDouble(part);
        return (int) Math.round(Math.max(0, Math.min(255, value)));
    }

    private static double hue(String part) {
        String number = part.replaceAll("(deg|turn)$", "");
        double value = Double.parseDouble(number);
        if (part.endsWith("turn")) value *= 360;
        return ((value % 360) + 360) % 360;
    }

    private static double percent(String part) {
        double value = Double.parseDouble(part.replace("%", ""));
        return Math.max(0, Math.min(100, value)) / 100;
    }

    static int[] hsl(double hue, double saturation, double lightness) {
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
