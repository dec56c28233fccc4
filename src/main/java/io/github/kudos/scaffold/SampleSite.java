package io.github.kudos.scaffold;

import io.github.kudos.deploy.ConfigTemplates;
import io.github.kudos.diag.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code kudos init}: a site folder with one sample of everything, which builds and passes check at once,
 * and the hosting configs of {@link ConfigTemplates} (copied as they are: they are not archetypes).
 */
public final class SampleSite {
    static final List<String> FILES = List.of("README.md", ".gitignore", "content/site.yaml",
            "content/clients/saltwater-cafe.yaml", "content/suppliers/hillside-farm.yaml",
            "content/partners/riverside-food-bank.yaml", "content/stories/a-summer-at-saltwater-cafe.md",
            "content/pages/about.md");

    private SampleSite() {}

    /** The files written and the files left alone because they existed, as '/'-separated relative paths. */
    public record Result(List<String> created, List<String> skipped) {
        public Result {
            created = List.copyOf(created);
            skipped = List.copyOf(skipped);
        }
    }

    /** Empty, or holding nothing at all: the only folders init writes into without --force. */
    public static boolean isEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) return true;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes every sample file that does not exist yet; an existing file is never touched. */
    public static Result write(SiteFolder site, String title, LocalDate today) throws IOException {
        Map<String, String> values = Map.of("title", YamlText.text(title), "title_text", title,
                "today", today.toString(),
                "client_since", today.minusYears(6).withDayOfMonth(1).toString(),
                "supplier_since", today.minusYears(4).withDayOfMonth(1).toString(),
                "partner_since", today.minusYears(2).withDayOfMonth(1).toString(),
                "milestone", today.minusYears(1).withDayOfMonth(1).toString());
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Files.createDirectories(site.root());
        NewFiles files = new NewFiles(site);
        for (String path : FILES) {
            if (Files.exists(site.root().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(path);
                continue;
            }
            Problems problems = new Problems();
            String text = Placeholders.fill(resource(path), values, path, problems);
            if (problems.hasErrors()) throw new IllegalStateException("sample " + path + ": " + problems.sorted());
            files.write(path, text);
            created.add(path);
        }
        for (Map.Entry<String, String> config : ConfigTemplates.all().entrySet()) {
            if (Files.exists(site.root().resolve(config.getKey()), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(config.getKey());
                continue;
            }
            files.write(config.getKey(), config.getValue());
            created.add(config.getKey());
        }
        return new Result(created, skipped);
    }

    /** "my-showcase" -> "My Showcase": a title to start from when none is given. */
    public static String titleFrom(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) return "My Business";
        StringBuilder title = new StringBuilder();
        for (String word : words.split("\\s+")) {
            if (!title.isEmpty()) title.append(' ');
            int first = word.codePointAt(0);
            title.appendCodePoint(Character.toTitleCase(first)).append(word.substring(Character.charCount(first)));
        }
        return title.toString();
    }

    /** Resources cannot be named .gitignore: Maven leaves such files out of the jar. */
    private static String resource(String path) {
        String name = "sample/" + (path.equals(".gitignore") ? "gitignore" : path);
        try (InputStream in = SampleSite.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
