package io.github.kudos.spreadsheet;

import io.github.kudos.TestSite;
import io.github.kudos.content.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kudos import with the exports businesses really have. */
class ImportTest {
    @TempDir
    Path dir;

    private SpreadsheetSite site() {
        return SpreadsheetSite.of(dir, TestSite.SITE);
    }

    @Test
    void aHubSpotCompanyExport() {
        SpreadsheetSite site = site();
        Path csv = site.fixture("hubspot-companies.csv");
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                row 2: created %1$s/content/clients/coho-cafe.yaml
                row 3: created %1$s/content/clients/smith-jones-and-co.yaml
                row 4: created %1$s/content/suppliers/northwind-traders.yaml
                row 5: created %1$s/content/partners/fabrikam-events.yaml
                row 7: rejected: 'Prospect' is not a client, supplier or partner
                hubspot-companies.csv: 6 rows (UTF-8, comma-separated): 4 created, 0 skipped, 1 rejected, 1 empty row ignored
                the 4 new profiles have no consent, so they are not published: record each one's consent (consent: given, by, scope) in its file once they agree
                """.formatted(dir));
        assertThat(run.err()).isEqualTo("""
                %1$s:1:12: warning: column 'Lifecycle Stage' is not imported (to keep it, add --map "Lifecycle Stage=private.lifecycle_stage")
                %1$s:7:13: error: 'Prospect' is not a client, supplier or partner (use --as client|supplier|partner to import every row as one of them)
                kudos: 1 row rejected (see above); the others were imported
                """.formatted(csv));

        Profile coho = site.profile("content/clients/coho-cafe.yaml");
        assertThat(coho.name()).isEqualTo("Coho Café");
        assertThat(coho.website()).isEqualTo("https://www.cohocafe.example");
        assertThat(coho.industry()).isEqualTo("Food & Beverages");
        assertThat(coho.location()).isEqualTo("Maple Valley, WA, United States");
        assertThat(coho.since()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(coho.consent()).isNull();
        assertThat(site.privates("content/clients/coho-cafe.yaml")).isEqualTo(Map.of("crm_id", "5512345001",
                "owner", "Sam Reyes", "phone", "+1 206 555 0101", "notes", "Neighbourhood café and roastery. Pays on time."));
        Profile smith = site.profile("content/clients/smith-jones-and-co.yaml");
        assertThat(smith.name()).isEqualTo("Smith, Jones & Co");
        assertThat(smith.website()).isEqualTo("https://smithjones.example");
        assertThat(smith.since()).isEqualTo(LocalDate.of(2019, 11, 20));
        assertThat(site.privates("content/clients/smith-jones-and-co.yaml")).containsEntry("notes",
                "Chartered accountants.\nYear-end lunch every June; invoice to the Seattle office.");
        assertThat(site.profile("content/partners/fabrikam-events.yaml").website()).isEqualTo("https://fabrikam-events.example");
    }

    @Test
    void asImportsEveryRowAsOneRelationship() {
        SpreadsheetSite site = site();
        var run = site.kudos("import", site.fixture("hubspot-companies.csv"), "--as", "client");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.profiles()).containsOnlyKeys("content/clients/coho-cafe.yaml",
                "content/clients/smith-jones-and-co.yaml", "content/clients/northwind-traders.yaml",
                "content/clients/fabrikam-events.yaml", "content/clients/contoso-ventures.yaml");
    }

    @Test
    void aSalesforceAccountExport() {
        SpreadsheetSite site = site();
        var run = site.kudos("import", site.fixture("salesforce-accounts.csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("salesforce-accounts.csv: 4 rows (UTF-8, comma-separated): 4 created, 0 skipped, 0 rejected\n");
        Profile burlington = site.profile("content/clients/burlington-textiles-corp-of-america.yaml");
        assertThat(burlington.website()).isEqualTo("https://www.burlington.example");
        assertThat(burlington.industry()).isEqualTo("Apparel");
        assertThat(burlington.location()).isEqualTo("Burlington, NC, USA");
        assertThat(burlington.since()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(site.profile("content/clients/edge-communications.yaml").since()).isEqualTo(LocalDate.of(2020, 4, 2));
        assertThat(site.privates("content/clients/edge-communications.yaml")).containsEntry("address",
                "312 Constitution Place\nAustin, TX 78767\nUSA").containsEntry("crm_id", "0015g00000AbCdFAAV");
        Profile pyramid = site.profile("content/partners/pyramid-construction-inc.yaml");
        assertThat(pyramid.since()).isEqualTo(LocalDate.of(2018, 12, 1));
        assertThat(pyramid.location()).isEqualTo("Paris, France");
        assertThat(site.profile("content/partners/genepoint.yaml").website()).isEqualTo("https://www.genepoint.example");
    }

    @Test
    void anExcelFileWithSemicolonsInWindows1252() {
        SpreadsheetSite site = site();
        var run = site.kudos("import", site.fixture("excel-semicolon-1252.csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("excel-semicolon-1252.csv: 3 rows (Windows-1252, semicolon-separated): 3 created");
        Profile muller = site.profile("content/clients/cafe-muller.yaml");
        assertThat(muller.name()).isEqualTo("Café Müller");
        assertThat(muller.location()).isEqualTo("München");
        assertThat(muller.since()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(muller.website()).isEqualTo("https://cafe-mueller.example");
        assertThat(site.privates("content/clients/cafe-muller.yaml")).isEqualTo(Map.of(
                "contact", "info@cafe-mueller.example", "notes", "Zahlt pünktlich"));
        assertThat(site.privates("content/clients/brasserie-elysee.yaml")).containsEntry("notes",
                "Mittwochs geschlossen; Lieferung über den Hof");
        assertThat(site.profile("content/clients/backerei-gross-and-sohne.yaml").name()).isEqualTo("Bäckerei Groß & Söhne");
    }

    @Test
    void anExcelUnicodeTextFileWithTabs() {
        SpreadsheetSite site = site();
        var run = site.kudos("import", site.fixture("excel-unicode-text.csv"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(UTF-16, tab-separated): 2 created");
        Profile kowhai = site.profile("content/clients/kowhai-florist.yaml");
        assertThat(kowhai.name()).isEqualTo("Kōwhai Florist");
        assertThat(kowhai.tags()).containsExactly("flowers", "weddings");
        assertThat(kowhai.since()).isEqualTo(LocalDate.of(2017, 2, 14));
    }

    /** Found in the CLI campaign: a binary file was read as a Windows-1252 header of garbage ("no column gives the names"). */
    @Test
    void aBinaryFileIsNotReadAsText() throws Exception {
        SpreadsheetSite site = site();
        java.nio.file.Path binary = site.root().resolve("photo.csv");
        java.nio.file.Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        var run = site.kudos("import", binary);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("photo.csv:1:1: error: the file is not a CSV text file "
                + "(in your spreadsheet, save the sheet as CSV (UTF-8) and import that file)");
    }

    @Test
    void awkwardRows() {
        SpreadsheetSite site = site();
        Path csv = site.fixture("awkward.csv");
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                %1$s:3:1: warning: 'Acme Ltd' is also in row 2: imported as another profile, acme-ltd-2 (if they are the same, keep one file and delete the other)
                %1$s:6:1: error: no name: the 'Name' cell is empty
                %1$s:7:2: error: 'not a url' is not a web address (e.g. https://example.com)
                %1$s:8:3: error: 'since': '2019-02-30' is not a real date (write dates as YYYY-MM-DD)
                kudos: 3 rows rejected (see above); the others were imported
                """.formatted(csv));
        assertThat(run.out()).contains("row 2: created " + dir + "/content/clients/acme-ltd.yaml\n",
                "row 3: created " + dir + "/content/clients/acme-ltd-2.yaml (the name is also in row 2)\n",
                "row 6: rejected: no name: the 'Name' cell is empty\n",
                "awkward.csv: 18 rows (UTF-8, comma-separated): 13 created, 0 skipped, 3 rejected, 2 empty rows ignored\n");
        Profile acme = site.profile("content/clients/acme-ltd.yaml");
        assertThat(acme.tags()).containsExactly("hardware", "tools");
        assertThat(acme.website()).isEqualTo("https://acme.example");
        assertThat(acme.summary()).isEqualTo("Makes everything.");
        assertThat(site.privates("content/clients/acme-ltd.yaml")).containsEntry("notes",
                "Quoted \"notes\", with a comma\nand a second line");
        assertThat(site.profile("content/clients/acme-ltd-2.yaml").website()).isEqualTo("https://acme-two.example");
        assertThat(site.profiles().values()).extracting(Profile::name).contains("Yes", "NO", "null", "2015-03-01",
                "#1 Plumbing", "- Dash Co", "Key: Value Ltd", "=HYPERLINK(1)", "Spaced Out", "@home, \"the\" shop",
                "東京スイーツ");
        assertThat(TestSite.of(dir, "").check().exitCode()).isZero();
    }

    @Test
    void aDryRunWritesNothing() {
        SpreadsheetSite site = site();
        var before = TestSite.tree(dir);
        Path csv = site.csv("clients.csv", "Name,Website\nCoho Café,coho.example\n");
        var run = site.kudos("import", csv, "--dry-run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("row 2: would create " + dir + "/content/clients/coho-cafe.yaml\n"
                + "clients.csv: 1 row (UTF-8, comma-separated): 1 to create, 0 skipped, 0 rejected\n"
                + "the new profile has no consent, so it is not published: record each one's consent (consent: given, by, scope) in its file once they agree\n"
                + "dry run: nothing was written\n");
        var after = TestSite.tree(dir);
        after.remove("clients.csv");
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    @Test
    void profilesThatExistAreSkippedByNameOrSlug() {
        SpreadsheetSite site = SpreadsheetSite.of(dir, TestSite.SITE + """
                -- content/suppliers/coho.yaml --
                name: COHO  café
                website: https://old.example
                """);
        Path csv = site.csv("clients.csv", "Name,Website\nCoho Café,coho.example\nNew One,new.example\n");
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("row 2: skipped " + dir + "/content/suppliers/coho.yaml: it exists (use --merge to update it)\n"
                + "row 3: created " + dir + "/content/clients/new-one.yaml\n");
        assertThat(site.profile("content/suppliers/coho.yaml").website()).isEqualTo("https://old.example");
        var again = site.kudos("import", csv);
        assertThat(again.out()).contains("0 created, 2 skipped, 0 rejected");
    }

    @Test
    void mergeChangesFieldsOneByOneAndNeverConsent() {
        String original = """
                # Our oldest client.
                name: Coho Café
                website: https://old.example     # their old site
                industry: Food & drink
                tags:
                  - coffee
                # they said yes in person
                consent:
                  given: 2024-05-02
                  by: Jane Doe, owner
                  scope: [name, logo]
                testimonial:
                  quote: "They made our opening week."
                  author: Jane Doe
                private: { contact: jane@coho.example }
                """;
        SpreadsheetSite site = SpreadsheetSite.of(dir, TestSite.SITE + "-- content/clients/coho-cafe.yaml --\n" + original);
        Path csv = site.csv("crm.csv", """
                Name,Website,Industry,Tags,Consent Given,Consent By,consent.scope,Notes,Phone
                coho cafe,https://coho.example,,"coffee; roastery",2020-01-01,Someone Else,"name, logo, quote, story",Pays late,555 0101
                """);
        var run = site.kudos("import", csv, "--merge");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("row 2: updated " + dir + "/content/clients/coho-cafe.yaml: website, tags, "
                + "private.notes, private.phone\n"
                + "crm.csv: 1 row (UTF-8, comma-separated): 0 created, 1 updated, 0 unchanged, 0 skipped, 0 rejected\n"
                + "not imported: Consent Given, Consent By, consent.scope (consent is only ever recorded in each profile's file)\n");
        assertThat(site.read("content/clients/coho-cafe.yaml")).isEqualTo("""
                # Our oldest client.
                name: Coho Café
                website: https://coho.example     # their old site
                industry: Food & drink
                tags: [coffee, roastery]
                # they said yes in person
                consent:
                  given: 2024-05-02
                  by: Jane Doe, owner
                  scope: [name, logo]
                testimonial:
                  quote: "They made our opening week."
                  author: Jane Doe
                private: { contact: jane@coho.example, notes: Pays late, phone: "555 0101" }
                """);
        var again = site.kudos("import", csv, "--merge");
        assertThat(again.out()).startsWith("row 2: unchanged " + dir + "/content/clients/coho-cafe.yaml: nothing new\n");
    }

    @Test
    void importedProfilesArePublishedOnlyOnceConsentIsRecorded() {
        SpreadsheetSite site = site();
        site.kudos("import", site.csv("c.csv", "Company,Website,Customer Since\nCoho Café,coho.example,2015-03-01\n"
                + "Left Bank Coffee,leftbank.example,2018-06-01\n"));
        TestSite test = new TestSite(dir);
        var build = test.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(test.site().resolve("clients/coho-cafe")).doesNotExist();
        assertThat(test.read("clients/index.html")).doesNotContain("Coho Café").doesNotContain("Left Bank");

        String file = site.read("content/clients/coho-cafe.yaml").replace("# consent:", "consent:")
                .replace("#   given: YYYY-MM-DD", "  given: 2026-01-10").replace("#   by:", "  by:")
                .replace("#   scope:", "  scope:");
        test.with("content/clients/coho-cafe.yaml", file);
        build = test.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(test.read("clients/coho-cafe/index.html")).contains("Coho Café", "https://coho.example");
        assertThat(test.read("clients/index.html")).doesNotContain("Left Bank");
    }

    @Test
    void mapNamesColumnsNothingElseKnows() {
        SpreadsheetSite site = site();
        Path csv = site.csv("odd.csv", "Org,Secret,Junk,Slogan\nCoho Café,the code is 42,zzz,Coffee first\n");
        var run = site.kudos("import", csv, "--map", "Org=name", "--map", "Secret=private.door_code",
                "--map", "junk=ignore", "--map", "Slogan=summary");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(site.profile("content/clients/coho-cafe.yaml").summary()).isEqualTo("Coffee first");
        assertThat(site.privates("content/clients/coho-cafe.yaml")).isEqualTo(Map.of("door_code", "the code is 42"));
    }

    @Test
    void aFileWithoutANameColumnSaysHowToMapOne() {
        SpreadsheetSite site = site();
        Path csv = site.csv("odd.csv", "Org,Web\nCoho,coho.example\n");
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(csv + ":1:1: warning: column 'Org' is not imported (to keep it, add --map \"Org=private.org\")\n"
                + csv + ":1:1: error: no column gives the names (name one column Name, Company or Account Name, or add "
                + "--map \"COLUMN=name\"; the columns are Org, Web)\n"
                + "kudos: 1 error; nothing imported\n");
    }

    @Test
    void aBrokenQuoteIsAnErrorWithItsRow() {
        SpreadsheetSite site = site();
        Path csv = site.csv("broken.csv", "Name,Notes\nA,fine\nB,\"never closed\nC,x\n");
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(csv + ":3:1: error: a quoted cell never ends: its closing '\"' is missing");
        assertThat(dir.resolve("content/clients")).doesNotExist();
    }

    @Test
    void usageErrors() {
        SpreadsheetSite site = site();
        Path csv = site.csv("c.csv", "Name\nCoho\n");
        assertThat(run(site, dir.resolve("missing.csv")).err()).isEqualTo("kudos import: cannot read " + dir.resolve("missing.csv")
                + ": no such file\n");
        assertThat(run(site, csv, "--as", "customer").err()).isEqualTo("kudos import: --as takes client, supplier or partner, not 'customer'\n");
        assertThat(run(site, csv, "--map", "Name").err()).startsWith("kudos import: --map takes COLUMN=FIELD");
        assertThat(run(site, csv, "--map", "Name=nmae").err()).isEqualTo("kudos import: --map Name=nmae: unknown field 'nmae': "
                + "use one of name, slug, relationship, website, industry, location, city, region, country, tags, since, "
                + "until, summary, featured, weight, logo, logo_alt, draft, body, private.KEY, extra.KEY or ignore (did you mean 'name'?)\n");
        assertThat(run(site, csv, "--map", "Name=consent.given").err()).isEqualTo("kudos import: --map Name=consent.given: "
                + "consent is never imported: record it in each profile once they agree\n");
        assertThat(run(site, csv, "--map", "Nmae=name").err()).isEqualTo("kudos import: --map names column 'Nmae', which "
                + csv + " does not have (did you mean 'Name'?)\n");
        Path workbook = dir.resolve("clients.xlsx");
        TestSite.write(workbook, "PK\u0003\u0004\u0014\u0000 an Excel workbook is a zip file");
        assertThat(run(site, workbook).err()).isEqualTo("kudos import: " + workbook + " is a spreadsheet workbook (xlsx, "
                + "xls or ods), not CSV: save it as CSV first (in Excel: File > Save As > CSV UTF-8; in LibreOffice: "
                + "File > Save As > Text CSV)\n");
        var notASite = TestSite.kudos("import", csv.toString(), "--source", dir.resolve("content").toString());
        assertThat(notASite.exitCode()).isEqualTo(2);
        assertThat(notASite.err()).startsWith("kudos import: no content/site.yaml in ");
        assertThat(dir.resolve("content/clients")).doesNotExist();
    }

    private static TestSite.Run run(SpreadsheetSite site, Path csv, String... extra) {
        var run = site.kudos("import", csv, extra);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        return run;
    }

    @Test
    void tenThousandRowsWithQuotedNewlinesAndDuplicateNames() {
        SpreadsheetSite site = site();
        StringBuilder text = new StringBuilder("Company name,Website URL,Industry,City,Customer Since,Email,Notes\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(String.format("\"Client %d, Ltd\",https://client%d.example,Trade %d,Town %d,2015-%02d-%02d,"
                    + "owner%d@client.example,\"Line one\nline two of %d\"\n", i % 9_990, i, i % 37, i % 101, 1 + i % 12,
                    1 + i % 28, i, i));
        }
        Path csv = site.csv("big.csv", text.toString());
        var run = site.kudos("import", csv);
        assertThat(run.exitCode()).as(run.err().lines().limit(5).toList().toString()).isZero();
        assertThat(run.out()).contains("big.csv: 10,000 rows (UTF-8, comma-separated): 10000 created, 0 skipped, 0 rejected");
        assertThat(run.err().lines().filter(l -> l.contains("is also in row"))).hasSize(10);

        var again = site.kudos("import", csv, "--merge");
        assertThat(again.out()).contains("0 created, 0 updated, 10000 unchanged, 0 skipped, 0 rejected");
        assertThat(site.profiles()).hasSize(10_000);
    }

    @Test
    void relationshipColumnsAndKudosOwnColumnNames() {
        SpreadsheetSite site = site();
        var run = site.kudos("import", site.csv("k.csv", """
                relationship,slug,name,featured,weight,draft,logo_alt,body
                supplier,flour,Flour Co,yes,5,no,Their mill,"First line.

                Second paragraph."
                partner,,Market Trust,,,,,
                """));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Profile flour = site.profile("content/suppliers/flour.yaml");
        assertThat(List.of(flour.name(), flour.featured(), flour.weight(), flour.draft(), flour.logoAlt(), flour.body()))
                .containsExactly("Flour Co", true, 5, false, "Their mill", "First line.\n\nSecond paragraph.");
        assertThat(site.read("content/suppliers/flour.yaml")).contains("body: |-\n  First line.\n\n  Second paragraph.\n")
                .doesNotContain("draft");
        assertThat(site.profile("content/partners/market-trust.yaml").name()).isEqualTo("Market Trust");
    }
}
