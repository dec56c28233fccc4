package io.github.kudos.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files under content/assets may be published. A file is served from the site's own
 * address, so a page, script or stylesheet among the assets (.html, .js, .xsl...) could run script
 * there: only images, documents, fonts and media are published, and only under names that are
 * safe on every file system and host.
 */
public final class AssetTypes {
    public static final Set<String> PUBLISHED = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp", "ico",
            "pdf", "txt", "vtt", "woff", "woff2", "ttf", "otf", "mp3", "m4a", "ogg", "mp4", "webm");

    private AssetTypes() {}

    /** Why the asset at path (relative to content/) is not published, or empty when it is. */
    public static Optional<String> whyNotPublished(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.contains("\\") || path.contains(":") || name.startsWith(".")) {
            return Optional.of("the name '" + name + "' cannot be published (no '\\', ':' or leading '.')");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("avif")) {
            return Optional.of("an .avif image is not published: Kudos cannot strip its metadata (EXIF, XMP, a GPS"
                    + " position); convert it to WebP, JPEG or PNG");
        }
        if (!PUBLISHED.contains(extension)) {
            return Optional.of((extension.isEmpty() ? "a file without an extension" : "a ." + extension + " file")
                    + " is not published from content/assets: only images, documents, fonts and media are,"
                    + " since anything served from the site's address could run script there");
        }
        return Optional.empty();
    }
}
