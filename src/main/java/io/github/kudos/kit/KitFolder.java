package io.github.kudos.kit;

import io.github.kudos.output.SiteWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where ask and kit write: anywhere but the site. The files hold drafts to send and, in their
 * To: lines, private contacts, so they must never be published: a folder inside the site's
 * output (or any folder Kudos built a site into), content/ or themes/ is refused.
 */
public final class KitFolder {
    private KitFolder() {}

    /** Why target must not be written to, or empty when it is safe. */
    public static Optional<String> refusal(Path source, Path target) {
        Path src = source.toAbsolutePath().normalize();
        Path out = target.toAbsolutePath().normalize();
        if (out.getParent() == null) return Optional.of("refusing to write into the root folder");
        if (out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            return Optional.of("refusing to write into your home folder: choose a folder for the kit");
        }
        if (out.equals(src)) return Optional.of("refusing to write into the site folder itself: use a folder such as kit/");
        Optional<String> published = publishedFolder(src, out);
        if (published.isPresent()) {
            return Optional.of("refusing to write inside " + published.get() + ": these files are never to be published");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) return Optional.of(target + " is a file");
        return Optional.empty();
    }

    /**
     * The folder holding target whose files a build or a deploy publishes: the site's output folder
     * (or any folder Kudos built a site into), content/ (its assets are copied) or themes/ (their static files are).
     */
    public static Optional<String> publishedFolder(Path source, Path target) {
        Path src = source.toAbsolutePath().normalize();
        Path out = target.toAbsolutePath().normalize();
        if (out.startsWith(src.resolve("site"))) return Optional.of("the site output folder " + src.resolve("site"));
        if (out.startsWith(src.resolve("content")) || out.startsWith(src.resolve("themes"))) {
            return Optional.of("content/ or themes/");
        }
        for (Path folder = out; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(SiteWriter.MARKER))) return Optional.of(folder + ", a site Kudos built");
        }
        return Optional.empty();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
