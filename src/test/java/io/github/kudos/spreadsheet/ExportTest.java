package io.github.kudos.spreadsheet;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kudos export, and the round trip a business makes through its spreadsheet: export, edit, import --merge. */
class ExportTest {
    @TempDir
    Path dir;

    private static final String PROFILES = """
            -- content/clients/coho-cafe.yaml --
            # Our oldest client.
            name: Coho Café
            website: https://coho.example
            industry: Food & drink
            location: Maple Valley, WA
            tags: [coffee, community]
            since: 2015-03-01
            summary: "Neighbourhood café, \\"roastery\\" and bakery"
            featured: true
            weight: 10
            consent:
              given: 2024-05-02
              by: Jane Doe, owner
              scope: [name, logo, quote]
            testimonial:
              quote: "They made our opening week."
              author: Jane Doe
            body: |
              We have baked for Coho since **2015**.

              Every Saturday, two trays.
            private:
              contact: jane@coho.example
              notes: "pays late in December, call first"
            -- content/suppliers/at-home.yaml --
            name: "@Home Linen, Ltd."
            summary: "-20% on weekdays"
            since: 2019-07-01
            private: { account: "=SUM(1)" }
            -- content/partners/food-bank.yaml --
            name: Riverside Food Bank
            until: 2023-01-31
            consent:
              given: 2020-01-01
              by: Ana Ruiz
              scope: [name]
              withdrawn: 2023-02-01
            """;

    /** Every file under content/, as text. */
    private Map<String, String> texts() {
        Map<String, String> texts = new java.util.TreeMap<>();
        TestSite.tree(dir.resolve("content")).forEach((path, bytes) -> texts.put(path, new String(bytes,
                java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }

    private SpreadsheetSite site() {
        return SpreadsheetSite.of(dir, TestSite.SITE + PROFILES);
    }

    @Test
    void everyProfilePublishedOrNotWithItsConsentStateAndNoPrivateValues() {
        SpreadsheetSite site = site();
        Path csv = dir.resolve("profiles.csv");
        var run = site.kudos("export", csv);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("exported 3 profiles to " + csv + " (2 not published: see the published and consent "
                + "columns)\nprivate values were left out: add --include-private to export them\n");
        String text = site.read("profiles.csv");
        assertThat(text).startsWith("\uFEFFrelationship,slug,name,website,industry,location,tags,since,until,summary,"
                + "featured,weight,logo,logo_alt,draft,body,published,consent.given,consent.by,consent.scope,"
                + "consent.review_by,consent.withdrawn\r\n");
        assertThat(text).contains("\r\nclient,coho-cafe,Coho Café,https://coho.example,Food & drink,\"Maple Valley, WA\","
                + "coffee; community,2015-03-01,,\"Neighbourhood café, \"\"roastery\"\" and bakery\",true,10,,,false,"
                + "\"We have baked for Coho since **2015**.\n\nEvery Saturday, two trays.\",yes,2024-05-02,\"Jane Doe, owner\","
                + "\"name, logo, quote\",,\r\n");
        assertThat(text).contains(",false,,no: it has no consent,,,,,\r\n",
                        ",false,,no: its consent was withdrawn on 2023-02-01,2020-01-01,Ana Ruiz,name,,2023-02-01\r\n")
                .doesNotContain("jane@coho.example", "pays late", "SUM(1)", "private.");
    }

    @Test
    void includePrivateAddsAColumnPerPrivateKeyAndFormulasStayText() {
        SpreadsheetSite site = site();
        Path csv = dir.resolve("all.csv");
        var run = site.kudos("export", csv, "--include-private");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("exported 3 profiles to " + csv + " (2 not published: see the published and consent "
                + "columns)\n");
        String text = site.read("all.csv");
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(",private.account,private.contact,private.notes");
        assertThat(text).contains("jane@coho.example", "\"pays late in December, call first\"")
                // A spreadsheet would run these as formulas: a leading quote keeps them text.
                .contains("'=SUM(1)", "'@Home Linen, Ltd.", "'-20% on weekdays");
    }

    @Test
    void exportThenImportMergeLosesNothingAndBringsEditsBack() throws Exception {
        SpreadsheetSite site = site();
        Map<String, String> before = texts();
        Path csv = dir.resolve("all.csv");
        assertThat(site.kudos("export", csv, "--include-private").exitCode()).isZero();

        var same = site.kudos("import", csv, "--merge");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("all.csv: 3 rows (UTF-8, comma-separated): 0 created, 0 updated, 3 unchanged, "
                + "0 skipped, 0 rejected\n");
        assertThat(texts()).isEqualTo(before);

        // The business edits its spreadsheet: a new location, a new private note, a new row, and a
        // consent date typed in (consent is never imported: it is recorded in the profile's file only).
        String text = Files.readString(csv)
                .replace("Maple Valley, WA", "Seattle, WA")
                .replace("pays late in December, call first", "pays on time now")
                .replace(",yes,2024-05-02,", ",yes,2030-01-01,")
                + "client,,Left Bank Coffee,https://leftbank.example,,,,2018-06-01,,,,,,,,,,,,,,,,,\r\n";
        Files.writeString(csv, text);
        var merged = site.kudos("import", csv, "--merge");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("updated " + dir + "/content/clients/coho-cafe.yaml: location, private.notes\n",
                "created " + dir + "/content/clients/left-bank-coffee.yaml",
                "1 created, 1 updated, 2 unchanged, 0 skipped, 0 rejected\n");
        String coho = site.read("content/clients/coho-cafe.yaml");
        assertThat(coho).isEqualTo(before.get("clients/coho-cafe.yaml").replace("Maple Valley, WA", "Seattle, WA")
                .replace("\"pays late in December, call first\"", "pays on time now"));
        assertThat(site.profile("content/clients/left-bank-coffee.yaml").consent()).isNull();
    }

    @Test
    void aDashWritesToStandardOutputAndTheSummaryToStandardError() {
        SpreadsheetSite site = site();
        var run = TestSite.kudos("export", "-", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("client,coho-cafe,Coho Café,");
        assertThat(run.err()).startsWith("exported 3 profiles to standard output");
    }

    @Test
    void usageErrors() {
        site();
        var folder = TestSite.kudos("export", dir.toString(), "--source", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("kudos export: " + dir + " is a folder\n");
        var notASite = TestSite.kudos("export", dir.resolve("x.csv").toString(), "--source", dir.resolve("content").toString());
        assertThat(notASite.exitCode()).isEqualTo(2);
        assertThat(notASite.err()).startsWith("kudos export: ");
    }

    /** Found in the CLI campaign: 'kudos export site/profiles.csv --include-private', then 'kudos deploy', published it. */
    @Test
    void refusesToWriteWhereABuildOrADeployWouldPublishTheSheet() throws Exception {
        SpreadsheetSite site = site();
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/.kudos-output"), "");
        for (String place : java.util.List.of("site/profiles.csv", "content/assets/profiles.csv", "themes/mine/static/p.csv")) {
            var run = site.kudos("export", dir.resolve(place), "--include-private");
            assertThat(run.exitCode()).as(place).isEqualTo(2);
            assertThat(run.err()).as(place).startsWith("kudos export: refusing to write inside ")
                    .endsWith(": this sheet names unpublished profiles and may hold private values, so it must never be published\n");
            assertThat(dir.resolve(place)).doesNotExist();
        }
        assertThat(site.kudos("export", dir.resolve("profiles.csv")).exitCode()).isZero();
    }
}
