package io.github.kudos.deploy;

import io.github.kudos.TestSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A site folder with a ready "built" site/ (written directly: deploy tests need no real build). */
final class DeploySites {
    private DeploySites() {}

    static final Map<String, String> PAGES = Map.of(
            "index.html", "<h1>Home</h1>",
            "404.html", "<h1>Not found</h1>",
            "clients/index.html", "<h1>Clients</h1>",
            "clients/coho/index.html", "<h1>Coho</h1>",
            "clients/kea/index.html", "<h1>Kea</h1>",
            "css/kudos.css", "body{}",
            "js/kudos.js", "//",
            "feed.xml", "<feed/>");

    static TestSite site(Path root, String deployYaml) {
        TestSite site = TestSite.of(root, TestSite.SITE + deployYaml);
        built(site, PAGES);
        return site;
    }

    /** Replaces site/ with exactly these files, as a build would. */
    static void built(TestSite site, Map<String, String> files) {
        deleteTree(site.site());
        files.forEach((path, text) -> TestSite.write(site.site().resolve(path), text));
        Map<String, Long> written = new TreeMap<>();
        files.forEach((path, text) -> written.put(path, (long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        TestSite.write(site.site().resolve(".kudos-output"), io.github.kudos.output.SiteWriter.markerText(false, written));
    }

    static Map<String, String> with(Map<String, String> base, String... pathsAndTexts) {
        Map<String, String> files = new TreeMap<>(base);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            if (pathsAndTexts[i + 1] == null) files.remove(pathsAndTexts[i]);
            else files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    static String[] args(TestSite site, String... extra) {
        List<String> args = new ArrayList<>(List.of("deploy", "--source", site.root().toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text files of a folder by relative path, without Kudos's own bookkeeping files. */
    static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        TestSite.tree(folder).forEach((path, bytes) -> {
            if (!path.equals(Manifest.NAME) && !path.equals(".kudos-output")) texts.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        });
        return texts;
    }
}
