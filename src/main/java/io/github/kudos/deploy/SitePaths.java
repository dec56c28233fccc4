package io.github.kudos.deploy;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Paths inside a deployed site: relative, '/'-separated, and never able to leave the target. */
final class SitePaths {
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    private SitePaths() {}

    static boolean isSafe(String path) {
        if (path.isEmpty() || path.length() > 1024) return false;
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }

    /** path resolved segment by segment under root; throws for a path that is not safe. */
    static Path resolve(Path root, String path) {
        if (!isSafe(path)) throw new DeployException("refusing unsafe path '" + path + "'");
        Path file = root;
        for (String segment : path.split("/")) file = file.resolve(segment);
        return file;
    }
}
