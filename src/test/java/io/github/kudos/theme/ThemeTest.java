package io.github.kudos.theme;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTest {
    private static final String PROFILE = """
            -- content/clients/coho.yaml --
            name: Coho <b>Café</b>
            since: 2015-03-01
            consent:
              given: 2024-05-02
              scope: [name, logo, quote, story, impact]
            """;

    @TempDir
    Path dir;

    @Test
    void aThemeExtendsTheBuiltInThemeAndOverridesOneTemplate() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "since: 2010-01-01\ntheme: mine") + PROFILE + """
                -- themes/mine/theme.yaml --
                name: mine
                extends: default
                -- themes/mine/templates/profile.ftlh --
                <!doctype html><title>${profile.name}</title><p class="mine">${profile.name} since ${profile.since.year?c}</p>
                -- themes/mine/static/css/extra.css --
                p { color: red }
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("clients/coho/index.html"))
                .isEqualTo("<!doctype html><title>Coho &lt;b&gt;Café&lt;/b&gt;</title>"
                        + "<p class=\"mine\">Coho &lt;b&gt;Café&lt;/b&gt; since 2015</p>\n");
        assertThat(site.read("clients/index.html")).contains("Coho &lt;b&gt;Café&lt;/b&gt;");
        assertThat(site.site().resolve("css/extra.css")).isRegularFile();
        assertThat(site.site().resolve("css/kudos.css")).isRegularFile();
    }

    @Test
    void templateErrorsPointAtTheTemplate() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "theme: broken") + PROFILE + """
                -- themes/broken/theme.yaml --
                extends: default
                -- themes/broken/templates/profile.ftlh --
                <p>
                  ${profile.nickname}
                </p>
                """);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly("themes/broken/templates/profile.ftlh:2:5: error: template error: "
                + "The following has evaluated to null or missing: profile.nickname  [in template \"profile.ftlh\" at line 2, "
                + "column 5] (while rendering clients/coho/index.html)");
    }

    @Test
    void templatesCannotRunJavaCode() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "theme: evil") + PROFILE + """
                -- themes/evil/theme.yaml --
                extends: default
                -- themes/evil/templates/profile.ftlh --
                <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("id")}
                """);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("themes/evil/templates/profile.ftlh:1:").contains("Execute");
        assertThat(run.err()).doesNotContain("uid=");
    }

    /** The campaign found it at 1:1, the file's start: it is where the theme is named. */
    @Test
    void anUnknownThemeIsAnError() {
        var run = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "theme: nosuch")).build();
        assertThat(run.errorLines()).containsExactly("content/site.yaml:3:8: error: theme 'nosuch' not found "
                + "(themes live in themes/<name>/ beside content/; the built-in theme is 'default')");
    }

    @Test
    void themesThatExtendEachOtherInALoopAreAnError() {
        var run = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "theme: a") + """
                -- themes/a/theme.yaml --
                extends: b
                -- themes/b/theme.yaml --
                extends: a
                """).build();
        assertThat(run.errorLines()).containsExactly(
                "themes/b/theme.yaml:1:1: error: themes extend each other in a loop: a -> b -> a");
    }
}
