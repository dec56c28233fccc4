package io.github.kudos.theme;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3: the home page of the demo site is at most 100 KB transferred, logo and cover images
 * excepted. "Transferred" is measured as gzip (level 6, what static hosts serve) of the HTML and
 * of every stylesheet, script, icon and image it loads from the site except files under
 * assets/ (the business's logos and covers); the uncompressed total, what a host without
 * compression sends, must stay under the limit too.
 */
class PageWeightTest {
    private static final int LIMIT = 100 * 1024;
    private static final Pattern LOADED = Pattern.compile(
            "<(?:link[^>]*\\brel=\"(?:stylesheet|icon|preload|modulepreload)\"[^>]*\\bhref|script[^>]*\\bsrc|img[^>]*\\bsrc)=\"([^\"]+)\"");

    @Test
    void theHomePageIsAtMost100KbTransferredWithoutLogosAndCovers() throws IOException {
        Path site = DemoSite.built();
        String html = Files.readString(site.resolve("index.html"));
        List<Path> files = new ArrayList<>(List.of(site.resolve("index.html")));
        Set<String> seen = new LinkedHashSet<>();
        Matcher matcher = LOADED.matcher(html);
        while (matcher.find()) {
            String url = matcher.group(1);
            assertThat(url).as("home page loads only site files").startsWith("/");
            if (url.startsWith("/assets/") || !seen.add(url)) continue;
            files.add(site.resolve(url.substring(1)));
        }
        assertThat(seen).contains("/css/kudos.css", "/js/kudos.js");
        long raw = 0;
        long gzip = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            raw += bytes.length;
            gzip += gzipped(bytes);
        }
        System.out.printf("home page: %d files, %.1f KB raw, %.1f KB gzip (logos and covers excepted)%n",
                files.size(), raw / 1024.0, gzip / 1024.0);
        assertThat(gzip).as("gzip bytes of " + files).isLessThanOrEqualTo(LIMIT);
        assertThat(raw).as("raw bytes of " + files).isLessThanOrEqualTo(LIMIT);
        assertThat(Files.size(site.resolve("css/kudos.css"))).as("the stylesheet stays small").isLessThan(32 * 1024);
    }

    private static int gzipped(byte[] bytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             GZIPOutputStream gzip = new GZIPOutputStream(out) {{ def.setLevel(Deflater.DEFAULT_COMPRESSION); }}) {
            gzip.write(bytes);
            gzip.finish();
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
