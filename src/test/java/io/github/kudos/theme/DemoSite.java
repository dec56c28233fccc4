package io.github.kudos.theme;

import io.github.kudos.TestSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo site of this repository (content/ beside pom.xml) built once per test run with the
 * theme of this repository, on a fixed date, into a temporary folder; and one page of each kind.
 */
final class DemoSite {
    static final String TODAY = "2026-11-22"; // on or after every consent date in content/
    private static Path built;

    private DemoSite() {}

    static synchronized Path built() {
        if (built != null) return built;
        try {
            Path out = Files.createTempDirectory("kudos-demo-").resolve("site");
            var run = TestSite.kudos("build", "--source", Path.of("").toAbsolutePath().toString(),
                    "--output", out.toString(), "--now", TODAY, "--quiet");
            if (run.exitCode() != 0) throw new IllegalStateException("demo site build failed:\n" + run.err());
            built = out;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of each kind (page.kind), by kind, as site paths ("" is the home page). */
    static Map<String, String> pageKinds() {
        Path site = built();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("home", "");
        kinds.put("list", "clients/");
        kinds.put("profile", richest(site, "clients", "impact-list"));
        kinds.put("stories", "stories/");
        kinds.put("story", richest(site, "stories", "featuring"));
        kinds.put("terms", "industries/");
        kinds.put("term", first(site, "industries"));
        kinds.put("testimonials", "testimonials/");
        kinds.put("celebrations", "celebrations/");
        kinds.put("year", first(site, "celebrations"));
        kinds.put("page", "about/");
        kinds.put("404", "404.html");
        return kinds;
    }

    /** Every HTML page of the demo site, as site paths. */
    static List<String> allPages() {
        Path site = built();
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/').replace("index.html", ""))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every published profile of a section (clients, suppliers, partners): the pages with a share card, as site paths. */
    static List<String> profilePages(String section) {
        Path site = built();
        return pagesUnder(site, section).stream().filter(p -> Files.isRegularFile(site.resolve(p + "card.png"))).toList();
    }

    /** The pages one level under section/, as site paths. */
    static List<String> pagesUnder(String section) {
        return pagesUnder(built(), section);
    }

    /** The first page under section/ whose HTML has marker (a page that shows the most of the theme). */
    private static String richest(Path site, String section, String marker) {
        return pagesUnder(site, section).stream().filter(p -> read(site.resolve(p + "index.html")).contains(marker))
                .findFirst().orElse(first(site, section));
    }

    private static String first(Path site, String section) {
        return pagesUnder(site, section).get(0);
    }

    private static List<String> pagesUnder(Path site, String section) {
        try (Stream<Path> dirs = Files.list(site.resolve(section))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .map(d -> section + "/" + d.getFileName() + "/").sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
