package io.github.kudos.kit;

import io.github.kudos.TestSite;
import io.github.kudos.image.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The celebration kit in the built site: share cards, badges, embeds and the poster, for published profiles only. */
class CelebrationKitTest {
    static final String SITE = """
            -- content/site.yaml --
            title: Salt & Pepper <Deli>
            url: https://deli.example/showcase/
            colors: { primary: "#1f6f5c", accent: "#f2b705" }
            -- content/clients/coho.yaml --
            name: Coho Café
            since: 2015-03-01
            logo: assets/logos/coho.svg
            testimonial: { quote: "They made our opening week.", author: Jane Doe, role: Owner }
            consent: { given: 2024-05-02, scope: [name, logo, quote, story, impact] }
            private: { contact: jane@coho.example, notes: "MARKER-PRIVATE-NOTE" }
            -- content/suppliers/flour.yaml --
            name: Green Valley Flour
            since: 2012-06-01
            consent: { given: 2024-05-02, scope: [name, logo] }
            -- content/partners/markets.yaml --
            name: Harbour Markets
            consent: { given: 2024-05-02, scope: [name] }
            -- content/clients/prospect.yaml --
            name: Markerprospect Unconsented Ltd
            logo: assets/logos/prospect.svg
            -- content/assets/logos/coho.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="#6b3"/></svg>
            -- content/assets/logos/prospect.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><text>MARKER-PROSPECT-LOGO</text></svg>
            """;

    @TempDir
    Path dir;

    @Test
    void publishedProfilesGetACardABadgeAndASnippetToCopy() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        var card = TestImages.read(Files.readAllBytes(site.site().resolve("clients/coho/card.png")));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);

        String page = site.read("clients/coho/index.html");
        assertThat(page).contains("<meta property=\"og:image\" content=\"https://deli.example/showcase/clients/coho/card.png\">")
                .contains("<meta property=\"og:image:width\" content=\"1200\">")
                .contains("<meta property=\"og:image:height\" content=\"630\">")
                .contains("<meta name=\"twitter:image\" content=\"https://deli.example/showcase/clients/coho/card.png\">");
        assertThat(page).contains("<textarea id=\"badge-snippet-coho\" class=\"snippet\" readonly")
                .contains("<label for=\"badge-snippet-coho\">")
                .contains("&lt;a href=&quot;https://deli.example/showcase/clients/coho/&quot; rel=&quot;nofollow&quot;&gt;"
                        + "&lt;img src=&quot;https://deli.example/showcase/clients/coho/badge.svg&quot;")
                .contains("alt=&quot;Proud client of Salt &amp;amp; Pepper &amp;lt;Deli&amp;gt;&quot;")
                .contains("<script src=\"/showcase/js/share.js\" defer></script>");

        assertThat(site.read("clients/coho/badge.svg")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title>Proud client of Salt &amp; Pepper &lt;Deli&gt;</title>")
                .contains(">Proud client of</text>").doesNotContain("<Deli>");
        assertThat(site.read("suppliers/flour/badge.svg")).contains("<title>Proud supplier to Salt &amp; Pepper &lt;Deli&gt;</title>");
        assertThat(site.read("partners/markets/badge.svg")).contains("<title>Proud partner of Salt &amp; Pepper &lt;Deli&gt;</title>");
        assertThat(site.site().resolve("partners/markets/card.png")).isRegularFile();
    }

    @Test
    void nothingOfAnUnpublishedProfileReachesTheKit() {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        Map<String, byte[]> tree = TestSite.tree(site.site());
        assertThat(tree.keySet()).noneMatch(p -> p.contains("prospect"));
        tree.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path)
                .doesNotContain("Markerprospect").doesNotContain("MARKER-PROSPECT-LOGO").doesNotContain("MARKER-PRIVATE-NOTE")
                .doesNotContain("jane@coho.example"));
        assertThat(site.read("embed/logos.html")).contains("Coho Café").contains("Green Valley Flour");
    }

    @Test
    void withoutLogoInItsConsentTheCardShowsTheMonogram() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        byte[] withLogo = Files.readAllBytes(site.site().resolve("clients/coho/card.png"));
        site.with("content/clients/coho.yaml", Files.readString(dir.resolve("content/clients/coho.yaml"))
                .replace("scope: [name, logo, quote, story, impact]", "scope: [name, quote]"));
        assertThat(site.build().exitCode()).isZero();
        byte[] withoutScope = Files.readAllBytes(site.site().resolve("clients/coho/card.png"));
        site.with("content/clients/coho.yaml", Files.readString(dir.resolve("content/clients/coho.yaml"))
                .replace("logo: assets/logos/coho.svg\n", ""));
        assertThat(site.build().exitCode()).isZero();
        byte[] noLogo = Files.readAllBytes(site.site().resolve("clients/coho/card.png"));
        assertThat(withoutScope).isNotEqualTo(withLogo).isEqualTo(noLogo);
    }

    /** A role that names the profile ("Owner, Coho Café") was followed by " · Coho Café" again. */
    @Test
    void anEmbeddedTestimonialWhoseRoleNamesTheProfileLinksTheNameOnce() throws IOException {
        TestSite site = TestSite.of(dir, SITE.replace("role: Owner }", "role: \"Owner, Coho Café\" }"));
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.read("embed/testimonials.html"))
                .contains("<figcaption>Jane Doe, Owner, <a href=\"https://deli.example/showcase/clients/coho/\">Coho Café</a></figcaption>");
        TestSite plain = TestSite.of(dir.resolve("plain"), SITE);
        assertThat(plain.build().exitCode()).isZero();
        assertThat(plain.read("embed/testimonials.html"))
                .contains("<figcaption>Jane Doe, Owner · <a href=\"https://deli.example/showcase/clients/coho/\">Coho Café</a></figcaption>");
    }

    @Test
    void theEmbedsAndTheDocumentationPageWithLiveExamples() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        String strip = site.read("embed/logos.html");
        assertThat(strip).contains("<ul class=\"track track-copy\" aria-hidden=\"true\">")
                .contains("tabindex=\"-1\"").contains("<input type=\"checkbox\" id=\"pause\" class=\"pause-toggle\">")
                .contains("<base target=\"_top\">").contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("<main class=\"strip\" aria-labelledby=\"strip-title\">"); // a landmark for screen readers (axe)
        String css = site.read("embed/embed.css");
        assertThat(css).contains("@media (prefers-reduced-motion: no-preference)");
        assertThat(css.substring(0, css.indexOf("@media (prefers-reduced-motion"))).doesNotContain("animation:");
        assertThat(site.read("embed/testimonials.html")).contains("They made our opening week.")
                .contains("<main class=\"quotes\" aria-labelledby=\"quotes-title\">");

        String docs = site.read("embed/index.html");
        assertThat(docs).contains("<iframe class=\"kit-frame\" src=\"/showcase/embed/logos.html\"")
                .contains("<div class=\"kit-example\" data-kudos=\"logos\"></div>")
                .contains("<div class=\"kit-example\" data-kudos=\"testimonials\"></div>")
                .contains("&lt;script src=\"https://deli.example/showcase/embed/kudos.js\" async&gt;")
                .contains("Access-Control-Allow-Origin");

        byte[] script = Files.readAllBytes(site.site().resolve("embed/kudos.js"));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(script);
        }
        assertThat(gzipped.size()).as("kudos.js gzipped").isLessThan(5 * 1024);
        assertThat(new String(script, StandardCharsets.UTF_8)).doesNotContain("innerHTML").doesNotContain("import ");
    }

    @Test
    void thePosterListsTheSuppliersWithAQrCodeToTheSite() {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        String poster = site.read("suppliers/poster/index.html");
        assertThat(poster).contains("Proudly supplied by").contains("Green Valley Flour").doesNotContain("Coho Café</span>")
                .contains("<img class=\"poster-qr\" src=\"/showcase/suppliers/poster/qr.svg\" alt=\"QR code to https://deli.example/showcase/\"");
        assertThat(site.read("css/kit.css")).contains("@page { size: A4;").contains("@page letter { size: letter;");
        assertThat(site.read("suppliers/poster/qr.svg")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title>QR code: https://deli.example/showcase/</title>").containsPattern("<path d=\"(M\\d+,\\d+h1v1h-1z)+\"");

        site.with("content/suppliers/flour.yaml", "name: Green Valley Flour\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.site().resolve("suppliers/poster")).doesNotExist();
    }
}
