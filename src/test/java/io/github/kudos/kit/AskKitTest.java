package io.github.kudos.kit;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** kudos ask and kudos kit, as a user runs them: what they write, where, and that none of it is ever published. */
class AskKitTest {
    private static final String SITE = """
            -- content/site.yaml --
            title: Harbour & Vine
            url: https://clients.harbourvine.example/
            contact: { email: hello@harbourvine.example }
            -- content/clients/coho.yaml --
            name: Coho Café
            since: 2015-12-05
            logo: assets/logos/coho.svg
            summary: Neighbourhood café and roastery.
            testimonial: { quote: "They made our opening week.", author: Jane Doe, role: Owner }
            impact: [ { label: Repeat orders, value: "+40%" } ]
            milestones: [ { date: 2020-12-10, title: Opened a second location } ]
            consent: { given: 2026-11-01, scope: [name, logo, quote, story, impact] }
            private: { contact: jane@coho.example, notes: "MARKER-PRIVATE-NOTE" }
            -- content/clients/prospect.yaml --
            name: Markerprospect Bistro
            since: 2019-03-01
            testimonial: { quote: "MARKER-PROSPECT-QUOTE", author: Sam }
            private: { contact: sam@prospect.example }
            -- content/suppliers/farm.yaml --
            name: Kahu Valley Farm
            since: 2012-11-30
            consent: { given: 2020-01-01, scope: [name] }
            -- content/stories/week.md --
            ---
            title: Opening week at Coho
            date: 2024-09-12
            clients: [coho]
            ---
            A queue round the block.
            -- content/assets/logos/coho.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="#6b3"/></svg>
            """;

    @TempDir
    Path dir;

    @Test
    void askWritesARequestAndAPrintablePreviewOutsideTheSite() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        var run = kudos("ask", "prospect", "--source", dir.toString(), "--now", "2026-11-22");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path folder = dir.resolve("kit/ask/prospect");
        assertThat(run.out()).startsWith("wrote 3 files to " + folder + ": request.eml, card.png, preview.html\n")
                .contains("'prospect' is not published yet: it has no consent");
        String eml = Files.readString(folder.resolve("request.eml"));
        assertThat(eml).startsWith("From: hello@harbourvine.example\r\nTo: sam@prospect.example\r\n"
                        + "Subject: May we feature Markerprospect Bistro on our website?\r\nDate: Sun, 22 Nov 2026 09:00:00 GMT\r\n")
                .contains("Content-Type: text/plain; charset=UTF-8\r\n")
                .contains("https://clients.harbourvine.example/clients/prospect/")
                .contains("\u201CMARKER-PROSPECT-QUOTE\u201D \u2014 Sam")
                .contains("You can change your mind at any time");
        String preview = Files.readString(folder.resolve("preview.html"));
        assertThat(preview).contains("<img src=\"card.png\" width=\"1200\" height=\"630\" alt=\"Proud to work with Markerprospect Bistro since 2019\">")
                .contains("consent:\n  given: 2026-11-22").contains("scope: [name, logo, quote]")
                .doesNotContain("sam@prospect.example");
        assertThat(site.site()).doesNotExist();

        assertThat(kudos("ask", "prospekt", "--source", dir.toString()).err())
                .isEqualTo("kudos ask: no profile 'prospekt' (did you mean 'prospect'?)\n");
    }

    @Test
    void askUsesNoLogoFromOutsideTheAssets() throws IOException {
        TestSite.of(dir, SITE.replace("name: Markerprospect Bistro\n", "name: Markerprospect Bistro\nlogo: ../outside.svg\n")
                + "-- outside.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>MARKER-OUTSIDE</text></svg>\n");
        var run = kudos("ask", "prospect", "--source", dir.toString(), "--now", "2026-11-22");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path folder = dir.resolve("kit/ask/prospect");
        assertThat(run.out()).startsWith("wrote 3 files to " + folder + ": request.eml, card.png, preview.html\n");
        assertThat(folder.resolve("logo.svg")).doesNotExist();
        assertThat(Files.readString(folder.resolve("preview.html"))).doesNotContain("MARKER-OUTSIDE").doesNotContain("logo.svg");
    }

    @Test
    void kitWritesPacksThankYouDraftsAndACalendar() throws IOException {
        TestSite.of(dir, SITE);
        var run = kudos("kit", "--source", dir.toString(), "--now", "2026-11-22", "--since", "2026-10-01", "--upcoming", "30d");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path kit = dir.resolve("kit");
        assertThat(run.out()).isEqualTo("wrote the kit to " + kit + ": 1 announcement pack (published since 2026-10-01), "
                + "3 thank-you drafts (next 30 days), celebrations.ics\n");
        String announce = Files.readString(kit.resolve("new/coho/announce.eml"));
        String subject = "You are on our website, Coho Café!";
        assertThat(announce).contains("To: jane@coho.example\r\n").contains("Subject: =?UTF-8?B?"
                        + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n")
                .contains("https://clients.harbourvine.example/clients/coho/card.png")
                .contains("rel=\"nofollow\"");
        assertThat(Files.readString(kit.resolve("new/coho/post.txt"))).isEqualTo("Proud to work with Coho Café since 2015! "
                + "Neighbourhood café and roastery. Read about our work together: https://clients.harbourvine.example/clients/coho/\n");
        assertThat(Files.readString(kit.resolve("new/coho/links.txt"))).contains("Badge: https://clients.harbourvine.example/clients/coho/badge.svg");
        assertThat(kit.resolve("new/farm")).as("published long before --since").doesNotExist();
        assertThat(kit.resolve("new/prospect")).doesNotExist();

        assertThat(Files.readString(kit.resolve("upcoming/2026-11-30-farm-anniversary.eml")))
                .contains("Subject: 14 years together: thank you, Kahu Valley Farm\r\n").contains("To: \r\n");
        assertThat(Files.readString(kit.resolve("upcoming/2026-12-05-coho-anniversary.eml")))
                .contains("Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                        "11 years together: thank you, Coho Café".getBytes(StandardCharsets.UTF_8)) + "?=\r\n")
                .contains("To: jane@coho.example\r\n").contains("it will be 11 years since we started working together");
        assertThat(kit.resolve("upcoming")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("2026-12-10-coho-milestone"));

        String ics = Files.readString(kit.resolve("celebrations.ics"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:anniversary-coho@clients.harbourvine.example\r\n")
                .contains("DTSTART;VALUE=DATE:20161205\r\n").contains("RRULE:FREQ=YEARLY\r\n")
                .contains("X-WR-CALNAME:Celebrations: Harbour & Vine\r\n").doesNotContain("prospect");
        for (String line : ics.split("\r\n")) assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }

    @Test
    void askPreviewsTheCardAndKitDescribesTheBadgeTheSitePublishesInItsLanguage() throws IOException {
        TestSite site = TestSite.of(dir, SITE.replace("title: Harbour & Vine\n", "title: Harbour & Vine\nlanguage: es\n"));
        assertThat(site.build().exitCode()).isZero();
        assertThat(kudos("ask", "coho", "--source", dir.toString(), "--now", "2026-11-22").exitCode()).isZero();
        assertThat(kudos("kit", "--source", dir.toString(), "--now", "2026-11-22", "--since", "2026-10-01").exitCode()).isZero();

        Path asked = dir.resolve("kit/ask/coho");
        assertThat(Files.readString(asked.resolve("preview.html"))).contains("alt=\"Orgullosos de trabajar con Coho Café desde 2015\"");
        assertThat(asked.resolve("card.png")).hasSameBinaryContentAs(site.site().resolve("clients/coho/card.png"));
        String page = site.read("clients/coho/index.html");
        String snippet = page.substring(page.indexOf("class=\"snippet\""));
        snippet = snippet.substring(snippet.indexOf('>') + 1, snippet.indexOf("</textarea>"))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertThat(snippet).contains("alt=\"Orgulloso cliente de Harbour &amp; Vine\"");
        assertThat(Files.readString(dir.resolve("kit/new/coho/links.txt"))).contains(snippet);
    }

    @Test
    void askAndKitWriteInTheSiteLanguageWithItsDates() throws IOException {
        TestSite.of(dir, SITE.replace("title: Harbour & Vine\n", "title: Harbour & Vine\nlanguage: es\n"));
        assertThat(kudos("ask", "coho", "--source", dir.toString(), "--now", "2026-11-22").exitCode()).isZero();
        assertThat(kudos("kit", "--source", dir.toString(), "--now", "2026-11-22", "--since", "2026-10-01", "--upcoming", "30d")
                .exitCode()).isZero();
        Path kit = dir.resolve("kit");

        assertThat(Files.readString(kit.resolve("ask/coho/request.eml"))).contains("Subject: =?UTF-8?B?" + base64(
                        "¿Podemos presentar a Coho Café en nuestro sitio web?") + "?=\r\n")
                .contains("Hola:\r\n\r\nEstamos preparando una página en nuestro sitio web")
                .contains("  - Hito: Opened a second location (10 de diciembre de 2020)\r\n")
                .contains("\r\nGracias,\r\nHarbour & Vine\r\n");
        assertThat(Files.readString(kit.resolve("ask/coho/preview.html"))).contains("<html lang=\"es\">")
                .contains("en su sitio web, en <a href=\"https://clients.harbourvine.example/clients/coho/\">")
                .contains("<h2>Cuando digan que sí</h2>\n<p>Añade esto a <code>content/clients/coho.yaml</code>, dejando")
                .contains("alt=\"Logotipo de Coho Café\"")
                .containsPattern("  by: Nombre, cargo +# quién dijo que sí\n");
        assertThat(Files.readString(kit.resolve("upcoming/2026-12-05-coho-anniversary.eml")))
                .contains("Subject: =?UTF-8?B?" + base64("11 años juntos: gracias, Coho Café") + "?=\r\n")
                .contains("El 5 de diciembre de 2026 hará 11 años que empezamos a trabajar juntos");
        assertThat(Files.readString(kit.resolve("new/coho/post.txt"))).startsWith("¡Orgullosos de trabajar con Coho Café desde 2015! ");
        assertThat(Files.readString(kit.resolve("new/coho/links.txt"))).startsWith("Página:   https://");
        assertThat(Files.readString(kit.resolve("README.txt"))).startsWith(
                "Kit de celebración de Harbour & Vine, hecho el 22 de noviembre de 2026.");
        assertThat(Files.readString(kit.resolve("celebrations.ics"))).contains("X-WR-CALNAME:Celebraciones: Harbour & Vine\r\n");
        for (String english : java.util.List.of("Hello,", "Thank you,", "Warm wishes", "Proud to", "would like to show")) {
            assertThat(TestSite.tree(kit)).allSatisfy((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .as(path).doesNotContain(english));
        }
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noKitFileAndNoPrivateValueEverReachesTheSite() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(kudos("kit", "--source", dir.toString(), "--now", "2026-11-22", "--upcoming", "60d").exitCode()).isZero();
        assertThat(kudos("ask", "coho", "--source", dir.toString(), "--now", "2026-11-22").exitCode()).isZero();
        var build = site.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        Map<String, byte[]> tree = TestSite.tree(site.site());
        assertThat(tree.keySet()).noneMatch(p -> p.endsWith(".eml") || p.endsWith(".ics") || p.contains("kit/")
                || p.endsWith("post.txt") || p.endsWith("preview.html"));
        tree.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path)
                .doesNotContain("jane@coho.example").doesNotContain("sam@prospect.example")
                .doesNotContain("MARKER-PRIVATE-NOTE").doesNotContain("Markerprospect"));
    }

    @Test
    void theKitRefusesToWriteInsideTheSite() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        var inside = kudos("kit", "--source", dir.toString(), "--output", dir.resolve("site/kit").toString());
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).startsWith("kudos kit: refusing to write inside the site output folder");
        Path elsewhere = dir.resolve("public");
        assertThat(kudos("build", "--source", dir.toString(), "--output", elsewhere.toString(), "--now", "2026-11-22").exitCode()).isZero();
        assertThat(kudos("kit", "--source", dir.toString(), "--output", elsewhere.resolve("kit").toString()).err())
                .startsWith("kudos kit: refusing to write inside " + elsewhere + ", a site Kudos built");
        assertThat(kudos("ask", "coho", "--source", dir.toString(), "--output", dir.resolve("content/assets").toString()).err())
                .startsWith("kudos ask: refusing to write inside content/ or themes/");
        assertThat(TestSite.tree(site.site()).keySet()).noneMatch(p -> p.startsWith("kit/"));
    }

    @Test
    void buildAndCheckRemindOfTheAnniversariesOfTheNext30Days() {
        TestSite site = TestSite.of(dir, SITE);
        String reminder = "coming up in the next 30 days: 14 years with Kahu Valley Farm (30 Nov), 11 years with Coho Café (5 Dec) "
                + "(kudos kit --upcoming 30d drafts a thank-you for each)\n";
        var build = site.build();
        assertThat(build.out()).matches("built \\d+ pages from 2 profiles and 1 story in \\d+\\.\\d\\d s\n.*\n")
                .endsWith(reminder);
        assertThat(site.check().out()).endsWith(reminder);
        assertThat(site.build("--quiet").out()).isEmpty();
    }
}
