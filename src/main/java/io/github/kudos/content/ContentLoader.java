package io.github.kudos.content;

import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.Limits;
import io.github.kudos.source.SourceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads all of a site folder's content/ (files in parallel), collecting every problem on the way. */
public final class ContentLoader {
    private static final List<String> FOLDERS = List.of("clients", "suppliers", "partners", "stories", "pages", "assets");

    private ContentLoader() {}

    public static Content load(Path siteFolder, Problems problems) {
        return load(siteFolder, problems, ParseMemo.NONE);
    }

    /** With a memo, files whose text is unchanged since the memo's last load are not parsed again. */
    public static Content load(Path siteFolder, Problems problems, ParseMemo memo) {
        SourceReader reader = new SourceReader(siteFolder, problems);
        Path content = siteFolder.resolve("content");
        Path siteFile = content.resolve("site.yaml");
        if (Files.isDirectory(siteFile)) {
            problems.error(Position.startOf("content/site.yaml"), "content/site.yaml is a folder, not a file",
                    "the site's settings are a YAML file: move the folder away and write content/site.yaml");
            return new Content(SiteConfigReader.placeholder(), List.of(), List.of(), List.of(), List.of());
        }
        if (!Files.isRegularFile(siteFile)) {
            problems.error(Position.startOf("content/site.yaml"), "missing content/site.yaml",
                    "is this a Kudos site folder? Use --source DIR, or create one with 'kudos init'");
            return new Content(SiteConfigReader.placeholder(), List.of(), List.of(), List.of(), List.of());
        }
        SiteConfig site = reader.read(siteFile, Limits.DEFAULT.yamlBytes())
                .map(file -> SiteConfigReader.read(file, problems))
                .orElseGet(SiteConfigReader::placeholder);
        Limits limits = site.limits();
        warnAboutUnknownFolders(reader, content, problems);

        // Every folder is listed before any is read: a load that lists none anew reads only the changed files.
        Map<Relationship, List<Path>> profileFiles = new EnumMap<>(Relationship.class);
        for (Relationship relationship : Relationship.values()) {
            profileFiles.put(relationship, list(reader, memo, content.resolve(relationship.folder()), ".yaml", ".yml"));
        }
        List<Path> storyFiles = list(reader, memo, content.resolve("stories"), ".md");
        List<Path> pageFiles = list(reader, memo, content.resolve("pages"), ".md");
        List<String> assets = memo.tree(content.resolve("assets"), () -> assets(content));
        List<Profile> profiles = new ArrayList<>();
        for (Relationship relationship : Relationship.values()) {
            profiles.addAll(memo.folder(relationship.name(), profileFiles.get(relationship),
                    path -> memo.parse(relationship.name(), path, file -> reader.read(file, limits.yamlBytes()), problems,
                            (f, p) -> ProfileReader.read(f, relationship, p)), problems));
        }
        List<Story> stories = memo.folder("story", storyFiles,
                path -> memo.parse("story", path, file -> reader.read(file, limits.markdownBytes()), problems,
                        StoryReader::story), problems);
        List<Page> pages = memo.folder("page", pageFiles,
                path -> memo.parse("page", path, file -> reader.read(file, limits.markdownBytes()), problems,
                        StoryReader::page), problems);
        memo.loaded();
        return new Content(site, profiles, stories, pages, assets);
    }

    private static List<Path> list(SourceReader reader, ParseMemo memo, Path folder, String... extensions) {
        return memo.files(folder, file -> SourceReader.listed(file, extensions), () -> reader.list(folder, extensions));
    }

    private static void warnAboutUnknownFolders(SourceReader reader, Path content, Problems problems) {
        try (Stream<Path> entries = Files.list(content)) {
            entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !FOLDERS.contains(name))
                    .sorted()
                    .forEach(name -> problems.warning(Position.startOf("content/" + name),
                            "folder content/" + name + " is not read by Kudos",
                            Optional.ofNullable(DidYouMean.hint(name, FOLDERS))
                                    .orElse("content folders are " + String.join(", ", FOLDERS))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A regular file, or a link to one that stays inside content/ (a link out of it is never read). */
    private static boolean isInside(Path content, Path file) {
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true;
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(content.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Paths (relative to content/, '/'-separated) of the files under content/assets, sorted. */
    private static List<String> assets(Path content) {
        Path assets = content.resolve("assets");
        if (!Files.isDirectory(assets)) return List.of();
        try (Stream<Path> walk = Files.walk(assets)) {
            return walk.filter(p -> isInside(content, p))
                    .map(p -> content.relativize(p).toString().replace('\\', '/'))
                    .filter(path -> !("/" + path).contains("/.")) // no hidden file, nor any in a hidden folder
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
