package io.github.kudos.site;

import io.github.kudos.diag.Position;

import java.nio.file.Path;
import java.util.Map;

/**
 * One file of the output, known before anything is rendered. path is '/'-separated and relative
 * to the output folder; source says what writes it, for collision messages; position is the
 * content file behind it (null for the site's own pages).
 */
public sealed interface Output permits Output.Page, Output.Text, Output.Copy, Output.Binary {
    String path();

    String source();

    Position position();

    /** A page rendered from a theme template with its data model; updated (for the sitemap) may be null. */
    record Page(String path, String source, Position position, String template, Map<String, Object> model,
                java.time.LocalDate updated) implements Output {
        public Page {
            model = Map.copyOf(model);
        }
    }

    /** A file the build writes itself (feed, sitemap, JSON, SVG). */
    record Text(String path, String source, Position position, String text) implements Output {}

    /** A file copied as it is (assets, theme static files). */
    record Copy(String path, String source, Position position, Path from) implements Output {}

    /**
     * A file the build makes in the render stage (a resized image, a share card, data put together
     * from bytes made at planning); a maker that fails becomes an error at position, with its message.
     */
    record Binary(String path, String source, Position position, Maker maker) implements Output {}

    @FunctionalInterface
    interface Maker {
        byte[] make() throws java.io.IOException;
    }
}
