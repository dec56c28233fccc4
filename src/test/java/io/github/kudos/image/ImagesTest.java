package io.github.kudos.image;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Raster logos and covers through `kudos build`: resized, hashed, stripped, cached; bad images reported. */
class ImagesTest {
    private static final String CONSENT = """
            consent:
              given: 2024-05-02
              scope: [name, logo, quote, story, impact]
            """;

    @TempDir
    Path dir;

    private TestSite site(String logo) {
        return TestSite.of(dir, TestSite.SITE + """
                -- content/clients/coho.yaml --
                name: Coho Café
                since: 2015-03-01
                logo: LOGO
                """.replace("LOGO", logo) + CONSENT + """
                -- content/stories/opening.md --
                ---
                title: Opening week
                date: 2024-09-12
                clients: [coho]
                cover: assets/stories/opening.jpg
                cover_alt: The queue on opening day
                ---
                A queue round the block.
                """);
    }

    private void put(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static List<String> files(Path folder, String under) throws IOException {
        try (Stream<Path> walk = Files.walk(folder.resolve(under))) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void aRasterLogoIsPublishedInTheThemesWidthsWithSrcsetAndHashedNames() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.png(1000, 500, true, "MARKER-PNG-TEXT"));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(2000, 1000, "MARKER-EXIF-GPS"));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> images = files(site.site(), "assets/img");
        assertThat(images).hasSize(5).allMatch(p -> p.matches("assets/img/(coho|opening)-[0-9a-f]{10}-\\d+\\.(png|jpg)"));
        assertThat(images).anyMatch(p -> p.endsWith("-120.png")).anyMatch(p -> p.endsWith("-240.png"))
                .anyMatch(p -> p.endsWith("-480.png")).anyMatch(p -> p.endsWith("-640.jpg")).anyMatch(p -> p.endsWith("-1280.jpg"));
        assertThat(site.site().resolve("assets/logos/coho.png")).as("the original is never shipped").doesNotExist();
        assertThat(site.site().resolve("assets/stories/opening.jpg")).doesNotExist();

        byte[] logo240 = Files.readAllBytes(site.site().resolve(images.stream().filter(p -> p.endsWith("-240.png")).findFirst().orElseThrow()));
        var pixels = TestImages.read(logo240);
        assertThat(pixels.getWidth()).isEqualTo(240);
        assertThat(pixels.getHeight()).isEqualTo(120);
        assertThat(pixels.getColorModel().hasAlpha()).isTrue();
        assertThat(TestImages.pngChunks(logo240)).containsOnly("IHDR", "IDAT", "IEND");
        for (String image : images) {
            String bytes = new String(Files.readAllBytes(site.site().resolve(image)), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(image).doesNotContain("MARKER").doesNotContain("Exif");
        }

        String page = site.read("clients/coho/index.html");
        Matcher img = Pattern.compile("<img src=\"(/assets/img/coho-[0-9a-f]{10}-120\\.png)\" srcset=\"([^\"]+)\" sizes=\"[^\"]+\""
                + " alt=\"Coho Café logo\" width=\"120\" height=\"60\"").matcher(page);
        assertThat(img.find()).as(page).isTrue();
        assertThat(img.group(2)).matches("/assets/img/coho-\\w+-120\\.png 120w, /assets/img/coho-\\w+-240\\.png 240w, "
                + "/assets/img/coho-\\w+-480\\.png 480w");
        assertThat(site.read("stories/opening/index.html")).containsPattern(
                "srcset=\"/assets/img/opening-\\w+-640\\.jpg 640w, /assets/img/opening-\\w+-1280\\.jpg 1280w\"")
                .contains("width=\"640\" height=\"320\"");
        assertThat(site.read("data/profiles.json")).containsPattern(
                "\"srcset\":\"https://bakery.example/assets/img/coho-\\w+-120\\.png 120w, ");
    }

    @Test
    void aSmallLogoIsNeverScaledUp() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.png(200, 100, false, null));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(300, 200, null));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(site.site(), "assets/img")).extracting(p -> p.replaceAll(".*-", ""))
                .containsExactlyInAnyOrder("120.png", "200.png", "300.jpg");
    }

    @Test
    void aThemeChoosesTheWidthsAndTheyAreValidated() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.png(1000, 500, false, null));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(300, 200, null));
        site.with("content/site.yaml", "title: Test Bakery\nurl: https://bakery.example/\ntheme: mine\n");
        site.with("themes/mine/theme.yaml", "extends: default\nimages: { logo: [100, 300] }\n");
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(site.site(), "assets/img")).extracting(p -> p.replaceAll(".*-", ""))
                .containsExactlyInAnyOrder("100.png", "300.png", "300.jpg");

        site.with("themes/mine/theme.yaml", "extends: default\nimages: { logos: [100], cover: [8, 640] }\n");
        var bad = site.build();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.errorLines()).containsExactly(
                "themes/mine/theme.yaml:2:11: error: unknown key 'logos' (did you mean 'logo'?)",
                "themes/mine/theme.yaml:2:33: error: image width '8' for 'cover' must be a whole number of pixels from 16 to 4096");
    }

    @Test
    void processingIsCachedBetweenBuilds() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.png(1000, 500, false, null));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(800, 400, null));
        assertThat(site.build().exitCode()).isZero();
        Path cache = dir.resolve(".kudos-cache/images");
        List<Path> entries = entries(cache);
        assertThat(entries).hasSize(5 + 1).as("5 images and the share card");
        // Unchanged images: the second build (a story's text changed, so it is not skipped as up to date)
        // takes every image from the cache and does no work. To prove it, each cache entry is replaced
        // with a marker that only the cache can deliver.
        for (Path entry : entries) Files.write(entry, ("CACHED " + entry.getFileName()).getBytes(StandardCharsets.UTF_8));
        Path story = dir.resolve("content/stories/opening.md");
        Files.writeString(story, Files.readString(story) + "Then a second week.\n");
        assertThat(site.build().exitCode()).isZero();
        for (String image : files(site.site(), "assets/img")) {
            assertThat(Files.readString(site.site().resolve(image))).startsWith("CACHED ");
        }
        assertThat(Files.readString(site.site().resolve("clients/coho/card.png"))).startsWith("CACHED ");

        // A changed image is new work, under a new name.
        put("content/assets/logos/coho.png", TestImages.png(900, 500, false, null));
        assertThat(site.build().exitCode()).isZero();
        assertThat(files(site.site(), "assets/img").stream().filter(p -> p.startsWith("assets/img/coho-"))
                .map(p -> site.site().resolve(p)).map(ImagesTest::text)).noneMatch(t -> t.startsWith("CACHED"));
    }

    @Test
    void theCacheKeepsOnlyWhatTheLastBuildThatWroteTheSiteUsed() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.png(1000, 500, false, null));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(800, 400, null));
        assertThat(site.build().exitCode()).isZero();
        Path cache = dir.resolve(".kudos-cache/images");
        put(".kudos-cache/images/zz/stale.png", new byte[] {1}); // keys are hex: no entry of the build is in zz/
        put(".kudos-cache/notes.txt", new byte[] {1});
        Files.setLastModifiedTime(cache.resolve("zz/stale.png"), java.nio.file.attribute.FileTime.fromMillis(0));
        List<Path> first = entries(cache);

        put("content/assets/logos/coho.png", TestImages.png(900, 500, false, null));
        assertThat(site.check().exitCode()).isZero();
        assertThat(cache.resolve("zz/stale.png")).as("check writes no site, so it prunes nothing").exists();
        assertThat(site.build().exitCode()).isZero();

        List<Path> second = entries(cache);
        assertThat(second).as("5 images and the share card, of this build only").hasSize(5 + 1);
        assertThat(first).contains(cache.resolve("zz/stale.png"));
        assertThat(second).doesNotContain(cache.resolve("zz/stale.png"));
        assertThat(cache.resolve("zz")).doesNotExist();
        assertThat(dir.resolve(".kudos-cache/notes.txt")).exists();
        assertThat(second.stream().filter(first::contains)).as("the cover's entries were used again and kept").isNotEmpty();
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badImagesAreOneLineErrorsWithTheirPathAndNeverExhaustMemory() throws IOException {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/clients/truncated.yaml --
                name: Truncated Ltd
                logo: assets/logos/truncated.png
                """ + CONSENT + """
                -- content/clients/huge.yaml --
                name: Huge Ltd
                logo: assets/logos/huge.png
                """ + CONSENT + """
                -- content/clients/text.yaml --
                name: Text Ltd
                logo: assets/logos/text.png
                """ + CONSENT + """
                -- content/clients/gigabyte.yaml --
                name: Gigabyte Ltd
                logo: assets/logos/gigabyte.png
                """ + CONSENT + """
                -- content/assets/logos/text.png --
                this is not a picture
                """);
        byte[] good = TestImages.png(800, 400, false, null);
        put("content/assets/logos/truncated.png", java.util.Arrays.copyOf(good, good.length / 2));
        put("content/assets/logos/huge.png", TestImages.pngHeaderOnly(100_000, 100_000));
        Path gigabyte = dir.resolve("content/assets/logos/gigabyte.png");
        Files.write(gigabyte, TestImages.pngHeaderOnly(1000, 1000));
        try (RandomAccessFile file = new RandomAccessFile(gigabyte.toFile(), "rw")) {
            file.setLength(1L << 30); // sparse: takes no disk space
        }

        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/assets/logos/gigabyte.png:1:1: error: image file is 1.0 GB, larger than the limit of 40 MB "
                        + "(make it smaller: the site publishes at most 4096 pixels wide)",
                "content/assets/logos/huge.png:1:1: error: image is 100000x100000 pixels (10,000 megapixels), more than "
                        + "the limit of 40 megapixels",
                "content/assets/logos/text.png:1:1: error: not a PNG, JPEG, WebP or GIF image (its first bytes are none "
                        + "of these; is it a renamed or broken file?)",
                "content/assets/logos/truncated.png:1:1: error: the PNG file is truncated (it ends before its last chunk)");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(site.check().errorLines()).hasSize(4);
    }

    @Test
    void aWrongExtensionIsAWarningAndTheImageIsPublishedAsWhatItIs() throws IOException {
        TestSite site = site("assets/logos/coho.png");
        put("content/assets/logos/coho.png", TestImages.jpeg(300, 150, null));
        put("content/assets/stories/opening.jpg", TestImages.jpeg(300, 200, null));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/assets/logos/coho.png:1:1: warning: the file is a JPEG image, whatever its "
                + "name says; it is published as .jpg (rename it to .jpg)");
        assertThat(files(site.site(), "assets/img")).anyMatch(p -> p.matches("assets/img/coho-\\w+-120\\.jpg"));
    }

    @Test
    void otherImagesKeepTheirPathButLoseTheirMetadata() throws IOException {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/pages/gallery.md --
                ---
                title: Gallery
                ---
                ![The kitchen](/assets/photos/kitchen.jpg) ![Plan](/assets/photos/plan.png)
                """);
        put("content/assets/photos/kitchen.jpg", TestImages.jpeg(64, 48, "MARKER-CAMERA-OWNER"));
        put("content/assets/photos/plan.png", TestImages.png(64, 48, false, "MARKER-PNG-AUTHOR"));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] jpeg = Files.readAllBytes(site.site().resolve("assets/photos/kitchen.jpg"));
        byte[] png = Files.readAllBytes(site.site().resolve("assets/photos/plan.png"));
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("MARKER").doesNotContain("Exif");
        assertThat(TestImages.pngChunks(png)).containsOnly("IHDR", "IDAT", "IEND");
        assertThat(TestImages.read(jpeg).getWidth()).isEqualTo(64);
        assertThat(TestImages.read(png).getHeight()).isEqualTo(48);
    }

    @Test
    void anAvifImageIsNotPublishedSinceItsMetadataCannotBeStripped() throws IOException {
        TestSite site = TestSite.of(dir, TestSite.SITE);
        put("content/assets/photos/roof.avif", "....ftypavif MARKER-GPS".getBytes(StandardCharsets.ISO_8859_1));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/assets/photos/roof.avif:1:1: warning: an .avif image is not published: "
                + "Kudos cannot strip its metadata (EXIF, XMP, a GPS position); convert it to WebP, JPEG or PNG");
        assertThat(site.site().resolve("assets/photos/roof.avif")).doesNotExist();
    }

    @Test
    void twoBuildsGiveTheSameImagesByteForByte() throws IOException {
        Map<String, byte[]> first = null;
        for (String name : List.of("one", "two")) {
            Path folder = dir.resolve(name);
            TestSite site = TestSite.of(folder, TestSite.SITE + """
                    -- content/clients/coho.yaml --
                    name: Coho Café
                    since: 2015-03-01
                    logo: assets/logos/coho.png
                    """ + CONSENT);
            Files.createDirectories(folder.resolve("content/assets/logos"));
            Files.write(folder.resolve("content/assets/logos/coho.png"), TestImages.png(700, 300, true, "x"));
            assertThat(site.build().exitCode()).isZero();
            Map<String, byte[]> tree = TestSite.tree(site.site());
            if (first != null) assertThat(tree).containsExactlyEntriesOf(first);
            first = tree;
        }
    }
}
