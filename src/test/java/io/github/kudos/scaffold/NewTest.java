package io.github.kudos.scaffold;

import io.github.kudos.TestSite;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.Profile;
import io.github.kudos.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** kudos new, as a user meets it. */
class NewTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, TestSite.SITE);
    }

    private TestSite.Run create(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("new", "--source", dir.toString(),
                "--now", "2026-05-02"));
        all.addAll(java.util.List.of(args));
        return kudos(all.toArray(String[]::new));
    }

    @Test
    void aClientFromTheArchetypePrintsItsPath() throws IOException {
        site();
        var run = create("client", "Coho Café");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(dir + "/content/clients/coho-cafe.yaml\n");
        assertThat(run.err()).isEmpty();
        String text = read("content/clients/coho-cafe.yaml");
        assertThat(text).contains("name: Coho Café\n", "since: 2026-05-02",
                "\nconsent:\n  given:                                # the day they said yes, e.g. 2026-05-02\n",
                "\n  by:    ", "\n  scope: []                             # what they agreed to, e.g. [name, logo, quote, story, impact]\n",
                "# website: https://example.com          # http or https only",
                "private:                                # NEVER published");
        Profile profile = profiles().get(0);
        assertThat(profile.name()).isEqualTo("Coho Café");
        // The consent block is there, empty: nothing is given, so nothing is published.
        assertThat(profile.consent().given()).isNull();
        assertThat(profile.consent().by()).isNull();
        assertThat(profile.consent().scope()).isEmpty();
    }

    @Test
    void aNewProfileIsNotPublishedUntilItsConsentIsFilledIn() throws IOException {
        TestSite site = site();
        create("client", "Coho Café");
        var check = site.check();
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("ok: 0 published profiles");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.site().resolve("clients/coho-cafe")).doesNotExist();

        Path file = dir.resolve("content/clients/coho-cafe.yaml");
        String filled = read("content/clients/coho-cafe.yaml")
                .replaceFirst("(?m)^  given:", "  given: 2026-05-01").replaceFirst("(?m)^  by:", "  by: Jane Doe, owner")
                .replaceFirst("(?m)^  scope: \\[]", "  scope: [name, logo]");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.read("clients/coho-cafe/index.html")).contains("Coho Café");
    }

    @Test
    void namesYamlCouldMisreadReadBackThroughTheLoader() {
        site();
        String[] names = {"Key: Value Ltd", "#1 Plumbing", "\"Quoted\" & Sons", "'Single'", "- Dash Co", "Yes", "NULL",
                "2015-03-01", "@home", "O'Brien's: the \"best\" #2", "  Spaced  ", "[Brackets]", "{Braces}", "50% Off",
                "C# Consulting", "Tab? No", "100"};
        // "--" ends the options, so a name may start with '-' as in any command line.
        for (String name : names) assertThat(create("partner", "--", name).exitCode()).as(name).isZero();
        assertThat(profiles()).extracting(Profile::name).containsExactlyInAnyOrder(
                java.util.Arrays.stream(names).map(String::strip).toArray(String[]::new));
        assertThat(site().check().exitCode()).isZero();
    }

    @Test
    void slugsTransliterateAndNeverCollideAcrossRelationships() {
        site();
        assertThat(create("client", "Müller").out()).endsWith("content/clients/muller.yaml\n");
        assertThat(create("supplier", "Muller").out()).endsWith("content/suppliers/muller-2.yaml\n");
        assertThat(create("partner", "MÜLLER").out()).endsWith("content/partners/muller-3.yaml\n");
        assertThat(create("client", "Straße & Söhne").out()).endsWith("content/clients/strasse-and-sohne.yaml\n");
        String cjk = create("client", "東京スイーツ").out();
        assertThat(cjk).matches(".*content/clients/x-[0-9a-f]{8}\\.yaml\n");
        assertThat(create("supplier", "東京スイーツ").out()).isEqualTo(cjk.replace("clients", "suppliers")
                .replace(".yaml", "-2.yaml"));
        assertThat(profiles()).hasSize(6);
    }

    @Test
    void aSlugSetInsideAFileIsTakenToo() {
        TestSite.of(dir, TestSite.SITE + """
                -- content/clients/other.yaml --
                name: Someone
                slug: coho
                """);
        assertThat(create("supplier", "Coho").out()).endsWith("content/suppliers/coho-2.yaml\n");
    }

    @Test
    void aStoryAndAPageStartAsDrafts() throws IOException {
        TestSite site = site();
        assertThat(create("story", "How", "Coho", "doubled: its trade").out())
                .endsWith("content/stories/how-coho-doubled-its-trade.md\n");
        assertThat(read("content/stories/how-coho-doubled-its-trade.md")).startsWith("---\ntitle: \"How Coho doubled: its trade\"\n"
                + "date: 2026-05-02").contains("draft: true");
        assertThat(create("page", "Clients").out()).endsWith("content/pages/clients-2.md\n");
        var check = site.check();
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(site.check("--drafts").exitCode()).isZero();
    }

    @Test
    void aThemeArchetypeWinsAndTheBuiltInOneFillsIn() throws IOException {
        TestSite.of(dir, TestSite.SITE.replace("title: Test Bakery", "title: Test Bakery\ntheme: mine") + """
                -- themes/mine/theme.yaml --
                name: mine
                extends: default
                -- themes/mine/archetypes/supplier.yaml --
                # our supplier template
                name: {{ name }}
                industry: Baking
                """);
        create("supplier", "Flour Co");
        assertThat(read("content/suppliers/flour-co.yaml")).isEqualTo("# our supplier template\nname: Flour Co\nindustry: Baking\n");
        create("client", "Cafe");
        assertThat(read("content/clients/cafe.yaml")).contains("# A client profile.");
    }

    @Test
    void aBrokenArchetypeIsTheThemesErrorAndWritesNothing() {
        TestSite.of(dir, TestSite.SITE.replace("title: Test Bakery", "title: Test Bakery\ntheme: mine") + """
                -- themes/mine/theme.yaml --
                name: mine
                -- themes/mine/templates/x.ftlh --
                -- themes/mine/archetypes/profile.yaml --
                name: {{ name }}
                websit: {{ nope }}
                """);
        var run = create("client", "Coho");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("themes/mine/archetypes/profile.yaml:2:9: error: unknown placeholder '{{ nope }}' "
                + "(archetypes know kind, name, slug, title, today)\n");
        assertThat(dir.resolve("content/clients/coho.yaml")).doesNotExist();
    }

    @Test
    void anArchetypeThatGivesAnInvalidFileIsReported() {
        TestSite.of(dir, TestSite.SITE.replace("title: Test Bakery", "title: Test Bakery\ntheme: mine") + """
                -- themes/mine/theme.yaml --
                name: mine
                -- themes/mine/templates/x.ftlh --
                -- themes/mine/archetypes/profile.yaml --
                name: {{ name }}
                websit: x
                """);
        var run = create("client", "Coho");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("themes/mine/archetypes/profile.yaml:2:1: error: the archetype does not give a "
                + "valid client: unknown key 'websit' (did you mean 'website'?)\n");
        assertThat(dir.resolve("content/clients/coho.yaml")).doesNotExist();
    }

    @Test
    void usageErrors() {
        var none = kudos("new", "client", "X", "--source", dir.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("kudos new: no content/site.yaml in " + dir + " (is this a Kudos site folder? "
                + "Use --source DIR, or create one with 'kudos init')\n");
        site();
        var kind = create("cleint", "X");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).isEqualTo("kudos new: unknown kind 'cleint': use client, supplier, partner, story, page "
                + "(did you mean 'client'?)\n");
        assertThat(kudos("new", "client").exitCode()).isEqualTo(2);
        assertThat(create("client", "two\nlines").err()).isEqualTo("kudos new: the name must be one line of text\n");
        assertThat(create("client", "  ").exitCode()).isEqualTo(2);
        assertThat(dir.resolve("content/clients")).doesNotExist();
    }

    private java.util.List<Profile> profiles() {
        Problems problems = new Problems();
        Content content = ContentLoader.load(dir, problems);
        assertThat(problems.sorted()).isEmpty();
        return content.profiles();
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }
}
