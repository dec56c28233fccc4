package io.github.kudos.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server's cache reads a source image again only after the watcher names it, or a folder above it. */
class ImageCacheTest {
    @TempDir
    Path site;

    @Test
    void thePreviewsCacheReadsASourceAgainOnlyWhenToldItChanged() throws Exception {
        ImageCache cache = ImageCache.remembering(site);
        Path logo = Files.createDirectories(site.resolve("content/assets/logos")).resolve("a.svg");
        Files.writeString(logo, "<svg>one</svg>");
        assertThat(text(cache, logo)).isEqualTo("<svg>one</svg>");

        Files.writeString(logo, "<svg>two</svg>");
        cache.changed(Set.of(site.resolve("content/clients/a.yaml")), false);
        assertThat(text(cache, logo)).isEqualTo("<svg>one</svg>");
        cache.changed(Set.of(logo), false);
        assertThat(text(cache, logo)).isEqualTo("<svg>two</svg>");

        Files.writeString(logo, "<svg>three</svg>");
        cache.changed(Set.of(site.resolve("content/assets")), false);
        assertThat(text(cache, logo)).isEqualTo("<svg>three</svg>");

        Files.writeString(logo, "<svg>four</svg>");
        cache.changed(Set.of(), true);
        assertThat(text(cache, logo)).isEqualTo("<svg>four</svg>");
        assertThat(cache.read(logo, 4)).isEmpty();
    }

    @Test
    void aBuildsCacheAlwaysReadsTheFile() throws Exception {
        ImageCache cache = ImageCache.of(site, true);
        Path logo = site.resolve("a.svg");
        Files.writeString(logo, "<svg>one</svg>");
        assertThat(text(cache, logo)).isEqualTo("<svg>one</svg>");
        Files.writeString(logo, "<svg>two</svg>");
        assertThat(text(cache, logo)).isEqualTo("<svg>two</svg>");
    }

    private static String text(ImageCache cache, Path file) throws Exception {
        return new String(cache.read(file, 1000).orElseThrow());
    }
}
