package io.github.kudos.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The on-disk fixture sites under src/test/resources/sites. */
public final class Fixtures {
    private Fixtures() {}

    public static Path site(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/sites/" + name + "/content/site.yaml").toURI())
                    .getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a fixture site, to change or to build into its own site/ folder. */
    public static Path copy(String name, Path into) {
        copyTree(site(name), into);
        return into;
    }

    /** The repository's default theme copied into a site folder's themes/default, to be edited there. */
    public static void copyDefaultTheme(Path siteFolder) {
        copyTree(Path.of("themes/default").toAbsolutePath(), siteFolder.resolve("themes/default"));
    }

    private static void copyTree(Path from, Path into) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
