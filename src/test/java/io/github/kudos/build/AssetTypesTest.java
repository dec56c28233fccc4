package io.github.kudos.build;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Files under content/assets that could run script from the site's address are never published. */
class AssetTypesTest {
    @TempDir
    Path dir;

    @Test
    void pagesScriptsAndStylesheetsAmongTheAssetsAreWarnedAboutAndLeftOut() {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/assets/evil.html --
                <script>alert(1)</script>
                -- content/assets/x.xsl --
                <xsl:stylesheet/>
                -- content/assets/app.js --
                alert(1)
                -- content/assets/menu.pdf --
                %PDF-1.4
                -- content/assets/notes --
                no extension
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/assets/evil.html:1:1: warning: a .html file is not published from content/assets")
                .contains("content/assets/x.xsl:1:1: warning: a .xsl file is not published")
                .contains("content/assets/app.js:1:1: warning: a .js file is not published")
                .contains("content/assets/notes:1:1: warning: a file without an extension is not published")
                .doesNotContain("menu.pdf");
        assertThat(site.site().resolve("assets/menu.pdf")).isRegularFile();
        for (String left : new String[] {"assets/evil.html", "assets/x.xsl", "assets/app.js", "assets/notes"}) {
            assertThat(site.site().resolve(left)).as(left).doesNotExist();
        }
    }

    @Test
    void aNameThatIsNotSafeEverywhereIsAWarningNotAnInternalError() {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/assets/a:b.png --
                not really a png
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/assets/a:b.png:1:1: warning: the name 'a:b.png' cannot be published");
    }
}
