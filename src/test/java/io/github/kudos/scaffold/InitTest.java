package io.github.kudos.scaffold;

import io.github.kudos.TestSite;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** kudos init, as a user meets it. */
class InitTest {
    @TempDir
    Path dir;

    @Test
    void createsASiteThatBuildsAndPassesCheckAtOnce() {
        Path site = dir.resolve("my-showcase");
        var run = kudos("init", site.toString(), "--title", "Harbour & Vine", "--now", "2026-05-02");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("created a Kudos site in " + site + " (11 files: a sample client, supplier, "
                        + "partner, story and about page, and hosting configs)\n")
                .contains("  1. edit content/site.yaml", "  2. add the people you work with: kudos new client",
                        "  3. kudos build");
        assertThat(TestSite.tree(site)).containsOnlyKeys(".gitignore", "README.md", "content/site.yaml",
                "content/clients/saltwater-cafe.yaml", "content/suppliers/hillside-farm.yaml",
                "content/partners/riverside-food-bank.yaml", "content/stories/a-summer-at-saltwater-cafe.md",
                "content/pages/about.md", ".github/workflows/kudos-pages.yml", "netlify.toml", "_headers");

        var check = kudos("check", "--source", site.toString(), "--now", "2026-05-02");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("ok: 3 published profiles, 1 story, ").doesNotContain("warning");
        var build = kudos("build", "--source", site.toString(), "--now", "2026-05-02");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.resolve("site/clients/saltwater-cafe/index.html")).exists();
        assertThat(site.resolve("site/stories/a-summer-at-saltwater-cafe/index.html")).exists();
        assertThat(site.resolve("site/about/index.html")).exists();
    }

    @Test
    void theSiteFilesSayWhatToDoNext() throws IOException {
        Path site = dir.resolve("s");
        kudos("init", site.toString(), "--title", "Harbour & Vine");
        assertThat(read(site, ".gitignore")).contains("/site/", "/.kudos-cache/", "/kit/");
        assertThat(read(site, "README.md")).startsWith("# Harbour & Vine: the people we work with")
                .contains("## Next steps", "1. **Make it yours.**", "2. **Add the people you work with.**",
                        "3. **Check and publish.**", "kudos import clients.csv");
    }

    @Test
    void writesAGitHubPagesWorkflowAndHostingConfigsWithCacheHeaders() throws IOException {
        Path site = dir.resolve("s");
        kudos("init", site.toString());
        assertThat(read(site, ".github/workflows/kudos-pages.yml")).contains("java -jar kudos.jar build",
                "actions/upload-pages-artifact", "path: site", "actions/deploy-pages");
        for (String config : new String[] {"netlify.toml", "_headers"}) {
            String text = read(site, config);
            // A year for the content-hashed images; HTML, CSS and JS keep the host's max-age=0, must-revalidate.
            assertThat(text).as(config).contains("/assets/img/*", "max-age=31536000, immutable", "max-age=0, must-revalidate");
            // Two matching rules would join their Cache-Control values: only the one for /assets/img/ sets it.
            assertThat(java.util.regex.Pattern.compile("(?m)^\\s+Cache-Control\\s*[:=]").matcher(text).results().count())
                    .as(config).isEqualTo(1);
        }
        assertThat(read(site, "netlify.toml")).contains("publish = \"site\"");
        assertThat(read(site, "content/site.yaml")).contains("# deploy:\n#   target: git");
        assertThat(read(site, "README.md")).contains("kudos deploy", ".github/workflows/kudos-pages.yml");
    }

    @Test
    void datesComeFromNow() throws IOException {
        Path site = dir.resolve("s");
        kudos("init", site.toString(), "--now", "2030-07-15");
        assertThat(read(site, "content/clients/saltwater-cafe.yaml")).contains("  given: 2030-07-15\n",
                "since: 2024-07-01", "date: 2029-07-01");
        assertThat(read(site, "content/stories/a-summer-at-saltwater-cafe.md")).contains("date: 2030-07-15\n");
    }

    @Test
    void aTitleThatYamlCouldMisreadIsQuotedAndReadsBack() {
        for (String title : new String[] {"Yes", "Key: \"Value\" #1", "2015-03-01", "@home", "東京スイーツ"}) {
            Path site = dir.resolve("t" + Math.abs(title.hashCode()));
            var run = kudos("init", site.toString(), "--title", title);
            assertThat(run.exitCode()).as(run.err()).isZero();
            Content content = ContentLoader.load(site, new Problems());
            assertThat(content.site().title()).isEqualTo(title);
            assertThat(kudos("check", "--source", site.toString()).exitCode()).isZero();
        }
    }

    @Test
    void theTitleDefaultsToTheFolderName() {
        Path site = dir.resolve("harbour-and-vine");
        kudos("init", site.toString());
        assertThat(ContentLoader.load(site, new Problems()).site().title()).isEqualTo("Harbour And Vine");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        var run = kudos("init", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kudos init: " + dir + " is not empty; use --force to add the sample files "
                + "that are missing (no existing file is overwritten)\n");
        assertThat(TestSite.tree(dir)).containsOnlyKeys("notes.txt");
    }

    @Test
    void forceAddsWhatIsMissingAndNeverOverwrites() throws IOException {
        TestSite.write(dir.resolve("README.md"), "my own readme\n");
        TestSite.write(dir.resolve("content/site.yaml"), "title: Mine\n");
        var run = kudos("init", dir.toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("skipped " + dir + "/README.md: it exists (left as it was)\n"
                + "skipped " + dir + "/content/site.yaml: it exists (left as it was)\n"
                + "created a Kudos site in " + dir + " (9 files");
        assertThat(read(dir, "README.md")).isEqualTo("my own readme\n");
        assertThat(read(dir, "content/site.yaml")).isEqualTo("title: Mine\n");
        assertThat(dir.resolve("content/clients/saltwater-cafe.yaml")).exists();

        var again = kudos("init", dir.toString(), "--force");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).endsWith("nothing to add: every sample file exists in " + dir + "\n");
    }

    @Test
    void usageErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(kudos("init", file.toString()).err()).isEqualTo("kudos init: " + file + " is a file, not a folder\n");
        var title = kudos("init", dir.resolve("a").toString(), "--title", "two\nlines");
        assertThat(title.exitCode()).isEqualTo(2);
        assertThat(title.err()).startsWith("kudos init: --title must be one line of text");
        var now = kudos("init", dir.resolve("b").toString(), "--now", "2026-02-30");
        assertThat(now.exitCode()).isEqualTo(2);
        assertThat(now.err()).isEqualTo("kudos init: --now takes a date as YYYY-MM-DD, not '2026-02-30'\n");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    private static String read(Path site, String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }
}
