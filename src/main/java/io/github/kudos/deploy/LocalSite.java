package io.github.kudos.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The built site as files to publish: everything in site/ but Kudos's own marker files, plus extras. */
public final class LocalSite {
    /** Written by every build (see SiteWriter); never published. */
    static final String BUILD_MARKER = ".kudos-output";

    private LocalSite() {}

    public static List<SiteFile> scan(Path site, Map<String, byte[]> extras) {
        List<SiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    // kudos build writes only regular files: a link was put here by hand, and may point anywhere
                    throw new DeployException("site/ holds '" + path + "', which is not a regular file (a symbolic link?):"
                            + " deploy publishes only what kudos build wrote; build again");
                }
                if (path.equals(BUILD_MARKER) || path.equals(Manifest.NAME) || extras.containsKey(path)) continue;
                if (!SitePaths.isSafe(path)) throw new DeployException("site/ holds a file with an unusable name: '" + path + "'");
                files.add(new SiteFile(path, Hashes.sha256(file), file, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extras.forEach((path, bytes) -> files.add(SiteFile.of(path, bytes)));
        files.sort(Comparator.comparing(SiteFile::path));
        return files;
    }
}
