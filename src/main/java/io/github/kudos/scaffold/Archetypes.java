package io.github.kudos.scaffold;

import io.github.kudos.diag.Problems;
import io.github.kudos.theme.Theme;
import io.github.kudos.theme.ThemeLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the archetype a new file starts from: the site's theme (and the themes it extends) in
 * themes/NAME/archetypes/, then the built-in default theme's. The most specific name wins across
 * all folders (client.yaml anywhere before profile.yaml anywhere), as in Hugo.
 */
public final class Archetypes {
    private static final String BUILT_IN = "/themes/default/archetypes/";

    private Archetypes() {}

    /** An archetype's text and where it came from (for messages). */
    public record Archetype(String label, String text) {}

    public static Archetype find(SiteFolder site, String theme, Kind kind) {
        List<Theme.Folder> folders = ThemeLoader.load(site.root(), theme, new Problems())
                .map(Theme::folders).orElse(List.of());
        for (String name : kind.archetypeNames()) {
            for (Theme.Folder folder : folders) {
                Path file = folder.root().resolve("archetypes").resolve(name);
                if (Files.isRegularFile(file)) return new Archetype(folder.label() + "/archetypes/" + name, read(file));
            }
        }
        for (String name : kind.archetypeNames()) {
            Optional<String> text = builtIn(name);
            if (text.isPresent()) return new Archetype("kudos.jar!/themes/default/archetypes/" + name, text.get());
        }
        throw new IllegalStateException("the built-in default theme has no archetype for " + kind.word());
    }

    static Optional<String> builtIn(String name) {
        try (InputStream in = Archetypes.class.getResourceAsStream(BUILT_IN + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1).replace("\r\n", "\n") : text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
