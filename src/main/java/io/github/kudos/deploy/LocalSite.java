package io.github.kudos.deploy;

import io.github.kudos.output.SiteWriter;

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
        Map<String, Long> written = SiteWriter.writtenFiles(site).orElseThrow(() -> new DeployException(
                "site/ does not list the files its build wrote (it was built by an older Kudos): build again"));
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
                publishedAsBuilt(path, Files.size(file), written);
                files.add(new SiteFile(path, Hashes.sha256(file), file, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extras.forEach((path, bytes) -> files.add(SiteFile.of(path, bytes)));
        files.sort(Comparator.comparing(SiteFile::path));
        return files;
    }

    /**
     * Deploy publishes what the build wrote and privacy-checked, nothing put in site/ since (an
     * exported sheet with private columns, a note): the build lists each file and its size.
     */
    private static void publishedAsBuilt(String path, long size, Map<String, Long> written) {
        Long built = written.get(path);
        if (built == null) {
            throw new DeployException("site/ holds '" + path + "', which kudos build did not write (put there by hand?):"
                    + " deploy publishes only what the build wrote and checked; remove it, or build again");
        }
        if (built != size) {
            throw new DeployException("site/'s '" + path + "' changed after the build: deploy publishes only what the"
                    + " build wrote and checked; build again");
        }
    }
}
