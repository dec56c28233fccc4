package io.github.kudos.scaffold;

import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.ProfileReader;
import io.github.kudos.content.StoryReader;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.diag.Severity;
import io.github.kudos.source.SourceFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** {@code kudos new}: one content file from the theme's archetype, under a slug no other file uses. */
public final class NewContent {
    private NewContent() {}

    /** The '/'-separated path written (relative to the site folder), or empty with the reasons in problems. */
    public static Optional<String> create(SiteFolder site, Kind kind, String name, LocalDate today, Problems problems)
            throws IOException {
        SiteIndex index = SiteIndex.of(site.root(), ContentLoader.load(site.root(), new Problems()));
        String slug = index.claim(kind, name);
        Archetypes.Archetype archetype = Archetypes.find(site, site.config().theme(), kind);
        String quoted = YamlText.text(name);
        String text = Placeholders.fill(archetype.text(), Map.of("name", quoted, "title", quoted, "slug", slug,
                "today", today.toString(), "kind", kind.word()), archetype.label(), problems);
        if (problems.hasErrors()) return Optional.empty();
        String path = "content/" + kind.folder() + "/" + slug + kind.extension();
        if (!isValid(kind, path, text, archetype.label(), problems)) return Optional.empty();
        site.writeNew(path, text);
        return Optional.of(path);
    }

    /** Runs the new file through the real reader: an archetype that gives a broken file is the theme's bug, not the user's. */
    private static boolean isValid(Kind kind, String path, String text, String label, Problems problems) {
        Problems found = new Problems();
        SourceFile file = new SourceFile(path, text);
        kind.relationship().ifPresentOrElse(
                relationship -> ProfileReader.read(file, relationship, found),
                () -> {
                    if (kind == Kind.STORY) StoryReader.story(file, found);
                    else StoryReader.page(file, found);
                });
        for (Diagnostic d : found.sorted()) {
            if (d.severity() != Severity.ERROR) continue;
            // Placeholders never add lines, so the line is the archetype's own.
            problems.error(new Position(label, d.position().line(), 1),
                    "the archetype does not give a valid " + kind.word() + ": " + d.message(), d.hint());
        }
        return !found.hasErrors();
    }
}
