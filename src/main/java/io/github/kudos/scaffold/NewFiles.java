package io.github.kudos.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes new files into a site folder: a file that exists is never overwritten, and a folder that
 * is a link leading out of the site folder is refused. Each folder is checked once, which matters
 * when an import writes ten thousand files.
 */
public final class NewFiles {
    private final SiteFolder site;
    private final Set<Path> checked = new HashSet<>();

    public NewFiles(SiteFolder site) {
        this.site = site;
    }

    /** Writes relative (a '/'-separated path under the site folder); FileAlreadyExistsException if it exists. */
    public void write(String relative, String text) throws IOException {
        Path root = site.root();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) throw new IOException("refusing to write outside the site folder: " + relative);
        Path folder = file.getParent();
        if (!checked.contains(folder)) {
            Files.createDirectories(folder);
            if (!folder.toRealPath().startsWith(root.toRealPath())) {
                throw new IOException(site.display(relative) + ": its folder is a link that leads outside the site folder");
            }
            checked.add(folder);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
