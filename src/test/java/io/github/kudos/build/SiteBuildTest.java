package io.github.kudos.build;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole-site behaviour of `kudos build` on the small fixture site. */
class SiteBuildTest {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    private TestSite.Run build(Path source, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString(), "--output", output.toString(),
                "--now", "2026-11-22"));
        args.addAll(List.of(extra));
        return kudos(args.toArray(String[]::new));
    }

    @Test
    void writesEveryPageTheSpecLists() {
        Path out = dir.resolve("out");
        var run = build(Fixtures.site("small"), out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("built 46 pages from 4 profiles and 2 stories in \\d+\\.\\d\\d s\n"
                + "coming up in the next 30 days: 8 years with Harbour Markets \\(10 Dec\\) "
                + "\\(kudos kit --upcoming 30d drafts a thank-you for each\\)\n");
        for (String path : List.of("index.html", "clients/index.html", "clients/corner-cafe/index.html",
                "clients/old-mill/index.html", "suppliers/index.html", "suppliers/green-valley-flour/index.html",
                "partners/index.html", "partners/harbour-markets/index.html", "stories/index.html",
                "stories/saturday-sellout/index.html", "industries/food-and-drink/index.html", "tags/coffee/index.html",
                "locations/wellington-nz/index.html", "testimonials/index.html", "celebrations/index.html",
                "celebrations/2024/index.html", "about/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html",
                "data/profiles.json", "assets/logos/corner-cafe.svg", "css/kudos.css", "clients/corner-cafe/card.png",
                "clients/corner-cafe/badge.svg", "embed/index.html", "embed/logos.html", "embed/kudos.js")) {
            assertThat(out.resolve(path)).as(path).isRegularFile();
        }
    }

    @Test
    void everyInternalLinkResolvesUnderTheUrlPath() throws IOException {
        Path out = dir.resolve("out");
        var run = build(Fixtures.site("small"), out, "--base-url", "https://example.github.io/showcase/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, byte[]> tree = TestSite.tree(out);
        List<String> checked = new ArrayList<>();
        for (var entry : tree.entrySet()) {
            if (!entry.getKey().endsWith(".html")) continue;
            Matcher matcher = LINK.matcher(new String(entry.getValue(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                String url = matcher.group(1).replace("&amp;", "&");
                if (url.startsWith("https://example.github.io/")) url = url.substring("https://example.github.io".length());
                if (!url.startsWith("/") || url.startsWith("//")) continue;
                assertThat(url).as("link in " + entry.getKey()).startsWith("/showcase/");
                String path = url.substring("/showcase/".length()).replaceAll("[#?].*$", "");
                if (path.isEmpty() || path.endsWith("/")) path += "index.html";
                assertThat(tree).as(url + " linked from " + entry.getKey()).containsKey(path);
                checked.add(url);
            }
        }
        assertThat(checked).hasSizeGreaterThan(100);
        assertThat(Files.readString(out.resolve("sitemap.xml")))
                .contains("<loc>https://example.github.io/showcase/clients/corner-cafe/</loc>");
    }

    @Test
    void checkFindsNoBrokenLinksInTheFixture() {
        var run = kudos("check", "--source", Fixtures.site("small").toString(), "--now", "2026-11-22");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void sameInputAndDateGiveByteIdenticalOutput() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(build(Fixtures.site("small"), first).exitCode()).isZero();
        assertThat(build(Fixtures.site("small"), second).exitCode()).isZero();
        assertThat(TestSite.tree(second)).containsExactlyEntriesOf(TestSite.tree(first));
    }

    @Test
    void crlfAndByteOrderMarksChangeNothing() throws IOException {
        Path copy = Fixtures.copy("small", dir.resolve("crlf"));
        try (Stream<Path> walk = Files.walk(copy.resolve("content"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file).replace("\n", "\r\n");
                Files.writeString(file, "\uFEFF" + text);
            }
        }
        Path plain = dir.resolve("plain");
        Path windows = dir.resolve("windows");
        assertThat(build(Fixtures.site("small"), plain).exitCode()).isZero();
        var run = build(copy, windows);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestSite.tree(windows)).containsExactlyEntriesOf(TestSite.tree(plain));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        Path site = Fixtures.copy("small", dir.resolve("site-folder"));
        var first = kudos("build", "--source", site.toString(), "--now", "2026-11-22");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, byte[]> before = TestSite.tree(site.resolve("site"));

        Files.writeString(site.resolve("content/clients/corner-cafe.yaml"), "name: Corner Café\nwebsit: x\n");
        var second = kudos("build", "--source", site.toString(), "--now", "2026-11-22");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("content/clients/corner-cafe.yaml:2:1: error: unknown key 'websit'")
                .endsWith("nothing written, site/ left as it was\n");
        assertThat(TestSite.tree(site.resolve("site"))).containsExactlyEntriesOf(before);
        try (Stream<Path> siblings = Files.list(site)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains(".old-"));
        }
    }

    @Test
    void aSecondBuildReplacesTheFirst() throws IOException {
        Path site = Fixtures.copy("small", dir.resolve("site-folder"));
        assertThat(kudos("build", "--source", site.toString(), "--now", "2026-11-22").exitCode()).isZero();
        Files.delete(site.resolve("content/pages/about.md"));
        assertThat(kudos("build", "--source", site.toString(), "--now", "2026-11-22").exitCode()).isZero();
        assertThat(site.resolve("site/about/index.html")).doesNotExist();
        assertThat(site.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void refusesDangerousOutputFolders() throws IOException {
        Path source = Fixtures.site("small");
        assertThat(build(source, Path.of("/")).exitCode()).isEqualTo(2);
        assertThat(build(source, source).err()).contains("must not be the source folder");
        assertThat(build(source, source.getParent()).err()).contains("must not contain the source folder");
        assertThat(build(source, source.resolve("content/out")).err()).contains("must not be inside content/");
        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        var run = build(source, precious);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty and was not written by Kudos");
        assertThat(precious.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void anniversariesFollowTheGivenDate() throws IOException {
        Path out = dir.resolve("out");
        assertThat(build(Fixtures.site("small"), out).exitCode()).isZero();
        String corner = Files.readString(out.resolve("clients/corner-cafe/index.html"));
        assertThat(corner).contains("11 years");
        Path later = dir.resolve("later");
        assertThat(kudos("build", "--source", Fixtures.site("small").toString(), "--output", later.toString(),
                "--now", "2027-03-01").exitCode()).isZero();
        assertThat(Files.readString(later.resolve("clients/corner-cafe/index.html"))).contains("12 years");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(kudos("build", "--source", Fixtures.site("small").toString(), "--output", dir.resolve("o").toString(),
                "--now", "not-a-date").exitCode()).isEqualTo(2);
    }
}
