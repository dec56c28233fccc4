package io.github.kudos.theme;

import io.github.kudos.image.ImageWidths;

import java.nio.file.Path;
import java.util.List;

/**
 * A theme and the themes it extends. folders are ordered child first: a template or static
 * file in a child overrides the parent's. label names a folder in messages (a site path, or
 * "built-in theme 'default'"). images are the widths raster images are published in.
 */
public record Theme(String name, String description, List<Folder> folders, ImageWidths images) {
    public Theme {
        folders = List.copyOf(folders);
    }

    public record Folder(Path root, String label) {
        public Path templates() {
            return root.resolve("templates");
        }

        public Path statics() {
            return root.resolve("static");
        }
    }
}
