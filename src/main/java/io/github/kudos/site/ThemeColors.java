package io.github.kudos.site;

import io.github.kudos.content.SiteConfig;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.util.List;
import java.util.Locale;

/**
 * The colours of site.yaml and the shades of them that keep text readable (WCAG 2.2 AA, 4.5:1)
 * on the default theme's backgrounds. primary is used as it is for links and buttons when it
 * reaches 4.5:1 on the light backgrounds; otherwise the build warns and uses the nearest darker
 * shade. The dark scheme always uses the nearest lighter shade that reaches 7:1 there.
 */
final class ThemeColors {
    static final String DEFAULT_PRIMARY = "#1f6f5c";
    static final String DEFAULT_ACCENT = "#f2b705";
    private static final int[] BLACK = {0, 0, 0};
    private static final int[] WHITE = {255, 255, 255};
    // the default theme's light and dark page, card and band backgrounds, and its dark button text
    private static final int[] LIGHT_BG = {0xfb, 0xfa, 0xf7};
    private static final int[] LIGHT_TEXT = {0x1b, 0x22, 0x20};
    private static final int[] DARK_BG = {0x0f, 0x15, 0x13};
    private static final int[] DARK_SURFACE = {0x17, 0x1e, 0x1c};
    private static final int[] DARK_TEXT = {0xe7, 0xec, 0xea};
    private static final int[] DARK_BUTTON_TEXT = {0x0d, 0x13, 0x11};
    private static final int[] ON_ACCENT_DARK = {0x1b, 0x1b, 0x1b};
    /** Light text on a dark page reads thinner: the dark shade aims for AAA (7:1), AA at the least. */
    private static final double DARK_TARGET = 7;

    private ThemeColors() {}

    static SiteView.Colors of(SiteConfig config, Problems problems) {
        String primary = checked(config.primaryColor(), DEFAULT_PRIMARY, "primary", config.positions().primaryColor(), problems);
        String accent = checked(config.accentColor(), DEFAULT_ACCENT, "accent", config.positions().accentColor(), problems);
        int[] rgb = Contrast.parse(primary).orElseThrow();
        List<int[]> light = light(rgb);
        int[] text = Contrast.toward(rgb, BLACK, light, Contrast.AA_TEXT);
        int[] textDark = Contrast.toward(rgb, WHITE, dark(rgb), DARK_TARGET);
        double ratio = Contrast.worst(rgb, light);
        if (ratio < Contrast.AA_TEXT) {
            problems.warning(config.positions().primaryColor(), String.format(Locale.ROOT,
                    "colors.primary '%s' has a contrast of %.1f:1 on the theme's light background, below the 4.5:1 "
                            + "WCAG AA needs for text and buttons: the theme uses %s for them instead",
                    primary, ratio, Contrast.hex(text)), "choose a darker primary colour to see it used as it is");
        }
        int[] accentRgb = Contrast.parse(accent).orElseThrow();
        int[] onAccent = onAccent(accentRgb);
        return new SiteView.Colors(primary, accent, Contrast.hex(text), Contrast.hex(textDark), Contrast.hex(WHITE),
                Contrast.hex(onAccent));
    }

    /** Near-black text on accent if it reads, else white, else whichever of black and white reads best. */
    private static int[] onAccent(int[] accent) {
        if (Contrast.ratio(accent, ON_ACCENT_DARK) >= Contrast.AA_TEXT) return ON_ACCENT_DARK;
        if (Contrast.ratio(accent, WHITE) >= Contrast.AA_TEXT) return WHITE;
        return Contrast.ratio(accent, BLACK) >= Contrast.ratio(accent, WHITE) ? BLACK : WHITE;
    }

    /** Where links and button labels sit in the light scheme: page, cards, bands, tints of primary. */
    static List<int[]> light(int[] primary) {
        return List.of(LIGHT_BG, WHITE, Contrast.mix(LIGHT_BG, LIGHT_TEXT, 0.04), Contrast.mix(WHITE, primary, 0.11));
    }

    /** The same in the dark scheme, and the dark label of a button whose background is the link colour. */
    static List<int[]> dark(int[] primary) {
        return List.of(DARK_BG, DARK_SURFACE, Contrast.mix(DARK_BG, DARK_TEXT, 0.04),
                Contrast.mix(DARK_SURFACE, primary, 0.22), DARK_BUTTON_TEXT);
    }

    private static String checked(String value, String fallback, String key, Position at, Problems problems) {
        if (value == null) return fallback;
        if (Contrast.parse(value).isPresent()) return value;
        problems.warning(at, "cannot read colors." + key + " '" + value + "' to check its contrast: the theme's "
                + "default " + fallback + " is used", "write it as #rrggbb");
        return fallback;
    }
}
