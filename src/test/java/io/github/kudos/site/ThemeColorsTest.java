package io.github.kudos.site;

import io.github.kudos.TestSite;
import io.github.kudos.content.SiteConfig;
import io.github.kudos.content.SiteConfigReader;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 3: colours from site.yaml that would fail WCAG AA as text or on buttons warn and are adjusted. */
class ThemeColorsTest {
    @TempDir
    Path dir;

    private static SiteView.Colors colors(String yaml, Problems problems) {
        SiteConfig config = SiteConfigReader.read(new SourceFile("content/site.yaml", yaml), problems);
        return ThemeColors.of(config, problems);
    }

    private static int[] rgb(String css) {
        return Contrast.parse(css).orElseThrow();
    }

    @Test
    void contrastMatchesTheWcagExamples() {
        assertThat(Contrast.ratio(rgb("#000"), rgb("#fff"))).isCloseTo(21, within(0.01));
        assertThat(Contrast.ratio(rgb("#777777"), rgb("#ffffff"))).isCloseTo(4.48, within(0.01));
        assertThat(Contrast.parse("rgb(31, 111, 92)")).hasValueSatisfying(c -> assertThat(c).containsExactly(31, 111, 92));
        assertThat(Contrast.parse("rgb(100% 0% 0% / 50%)")).hasValueSatisfying(c -> assertThat(c).containsExactly(255, 0, 0));
        assertThat(Contrast.parse("hsl(120deg, 100%, 25%)")).hasValueSatisfying(c -> assertThat(c).containsExactly(0, 128, 0));
        assertThat(Contrast.parse("#1f6f5c80")).hasValueSatisfying(c -> assertThat(c).containsExactly(31, 111, 92));
        assertThat(Contrast.parse("rgb(oops)")).isEmpty();
    }

    @Test
    void aReadablePrimaryIsUsedAsItIs() {
        Problems problems = new Problems();
        SiteView.Colors colors = colors("title: T\ncolors: { primary: \"#1f6f5c\", accent: \"#f2b705\" }\n", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(colors.primaryText()).isEqualTo("#1f6f5c");
        assertThat(colors.onPrimary()).isEqualTo("#ffffff");
        assertThat(colors.onAccent()).isEqualTo("#1b1b1b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#7fd1b9", "#f2b705", "#ffffff", "hsl(200, 90%, 70%)", "#000000", "#2255ff", "#ff0000"})
    void everyShadeReachesAaOnEveryBackgroundOfItsScheme(String primary) {
        Problems problems = new Problems();
        SiteView.Colors colors = colors("title: T\ncolors: { primary: \"" + primary + "\", accent: \"" + primary + "\" }\n", problems);
        int[] raw = rgb(primary);
        assertThat(Contrast.worst(rgb(colors.primaryText()), ThemeColors.light(raw))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
        assertThat(Contrast.ratio(rgb(colors.primaryText()), rgb(colors.onPrimary()))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
        assertThat(Contrast.worst(rgb(colors.primaryTextDark()), ThemeColors.dark(raw))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
        assertThat(Contrast.ratio(rgb(colors.accent()), rgb(colors.onAccent()))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
    }

    @Test
    void anUnreadablePrimaryWarnsWithItsPositionAndTheThemeUsesADarkerShade() {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                colors:
                  primary: "#7fd1b9"
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("content/site.yaml:5:12: warning: colors.primary '#7fd1b9' has a contrast of "
                + "1\\.\\d:1 on the theme's light background, below the 4\\.5:1 WCAG AA needs for text and buttons: "
                + "the theme uses #[0-9a-f]{6} for them instead");
        String shade = run.err().replaceAll("(?s).*the theme uses (#[0-9a-f]{6}).*", "$1");
        assertThat(site.read("index.html")).contains("--primary:#7fd1b9;").contains("--link:" + shade + ";");
    }

    @Test
    void aColourTheBuildCannotReadWarnsAndFallsBackToTheDefault() {
        Problems problems = new Problems();
        SiteView.Colors colors = colors("title: T\ncolors: { primary: \"rgb(a b c)\" }\n", problems);
        assertThat(problems.sorted()).singleElement().hasToString(
                "content/site.yaml:2:20: warning: cannot read colors.primary 'rgb(a b c)' to check its contrast: "
                        + "the theme's default #1f6f5c is used (write it as #rrggbb)");
        assertThat(colors.primary()).isEqualTo("#1f6f5c");
    }
}
