package io.github.kudos.scaffold;

import io.github.kudos.content.Content;
import io.github.kudos.content.Page;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Relationship;
import io.github.kudos.content.Slugs;
import io.github.kudos.content.Story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The slugs a site folder already uses, so new files never collide: profile slugs are unique
 * across clients, suppliers and partners (stories name profiles by slug alone). A file name
 * counts even when the file cannot be read, and page slugs avoid the site's own sections.
 */
public final class SiteIndex {
    static final int MAX_SLUG_LENGTH = 80;
    private static final Set<String> SECTIONS = Set.of("clients", "suppliers", "partners", "stories", "industries",
            "tags", "locations", "testimonials", "celebrations", "data", "embed", "assets", "css", "js");

    private final Set<String> profiles = new HashSet<>();
    private final Set<String> stories = new HashSet<>();
    private final Set<String> pages = new HashSet<>(SECTIONS);

    private SiteIndex() {}

    public static SiteIndex of(Path siteFolder, Content content) {
        SiteIndex index = new SiteIndex();
        Path folder = siteFolder.resolve("content");
        for (Relationship relationship : Relationship.values()) {
            index.profiles.addAll(fileSlugs(folder.resolve(relationship.folder()), ".yaml", ".yml"));
        }
        content.profiles().stream().map(Profile::slug).forEach(index.profiles::add);
        index.stories.addAll(fileSlugs(folder.resolve("stories"), ".md"));
        content.stories().stream().map(Story::slug).forEach(index.stories::add);
        index.pages.addAll(fileSlugs(folder.resolve("pages"), ".md"));
        content.pages().stream().map(Page::slug).forEach(index.pages::add);
        return index;
    }

    public boolean isTaken(Kind kind, String slug) {
        return taken(kind).contains(slug);
    }

    /** A slug for name that no file of its kind uses yet (coho-cafe, then coho-cafe-2, ...), now reserved. */
    public String claim(Kind kind, String name) {
        String base = shorten(Slugs.slugify(name));
        String slug = base;
        for (int n = 2; taken(kind).contains(slug); n++) slug = base + "-" + n;
        taken(kind).add(slug);
        return slug;
    }

    /** Reserves a slug chosen elsewhere (a slug column); false when it is taken. */
    public boolean reserve(Kind kind, String slug) {
        return taken(kind).add(slug);
    }

    private Set<String> taken(Kind kind) {
        return kind.relationship().isPresent() ? profiles : kind == Kind.STORY ? stories : pages;
    }

    /** File names stay well under file system limits; cut at a word. */
    static String shorten(String slug) {
        if (slug.length() <= MAX_SLUG_LENGTH) return slug;
        String cut = slug.substring(0, MAX_SLUG_LENGTH);
        int hyphen = cut.lastIndexOf('-');
        return (hyphen > 20 ? cut.substring(0, hyphen) : cut).replaceAll("-+$", "");
    }

    private static List<String> fileSlugs(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> Stream.of(extensions).anyMatch(name::endsWith))
                    .map(name -> name.substring(0, name.lastIndexOf('.')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
