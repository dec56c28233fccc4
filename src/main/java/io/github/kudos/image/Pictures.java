package io.github.kudos.image;

import io.github.kudos.content.Slugs;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images of one build. In the model stage it plans: it reads each raster image's header
 * (never its pixels), reports a bad image once with its path, and names every published file
 * (assets/img/&lt;name&gt;-&lt;hash&gt;-&lt;width&gt;.png, hashed from the source bytes and the encoder,
 * so a changed image gets a new name and old ones can be cached for ever). In the render stage the
 * planned {@link Job}s make the bytes, through the {@link ImageCache}. It also sanitises SVGs and
 * gives the cards a logo's pixels. Safe to use from parallel threads.
 */
public final class Pictures {
    public static final String FOLDER = "assets/img/";
    /** The largest side, in pixels, of a logo handed to the share cards. */
    static final int CARD_LOGO_SIDE = 480;

    private final Path contentFolder;
    private final ImageWidths widths;
    private final ImageCache cache;
    private final Problems problems;
    private final Map<String, Optional<Picture>> pictures = new ConcurrentHashMap<>();
    private final Map<String, Optional<Source>> sources = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> svgs = new ConcurrentHashMap<>();

    public Pictures(Path contentFolder, ImageWidths widths, ImageCache cache, Problems problems) {
        this.contentFolder = contentFolder;
        this.widths = widths;
        this.cache = cache;
        this.problems = problems;
    }

    /** The cache this build's image work goes through (the share cards use it too). */
    public ImageCache cache() {
        return cache;
    }

    /** Makes the bytes of one published file, in the render stage. */
    @FunctionalInterface
    public interface Job {
        byte[] make() throws ImageException;
    }

    /** One published file of an image: its site path and pixel size. */
    public record Variant(String path, int width, int height, String source, Job job) {}

    /** A raster image as published: its variants, narrowest first. */
    public record Picture(List<Variant> variants) {
        public Picture {
            variants = List.copyOf(variants);
        }

        public Variant smallest() {
            return variants.get(0);
        }
    }

    /** A raster source file, read once: its header and hash. */
    private record Source(Path file, Probe probe, String hash, Decoded decoded) {}

    /** True when the path (relative to content/) names an image Kudos resizes rather than copies. */
    public static boolean isRaster(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".webp")
                || name.endsWith(".gif");
    }

    public static boolean isSvg(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** The published variants of a raster image in a role; empty (and reported) when it cannot be used. */
    public Optional<Picture> raster(String assetPath, ImageWidths.Role role) {
        return pictures.computeIfAbsent(role + ":" + assetPath, k -> source(assetPath).map(s -> plan(assetPath, s, role)));
    }

    private Optional<Source> source(String assetPath) {
        return sources.computeIfAbsent(assetPath, path -> {
            Path file = contentFolder.resolve(path);
            try {
                Probe probe = Probe.of(file);
                if (probe.nameMismatch()) {
                    problems.warning(position(path), "the file is a " + probe.format().label() + " image, whatever its"
                            + " name says; it is published as ." + outputExtension(probe),
                            "rename it to ." + probe.format().extension());
                }
                return Optional.of(new Source(file, probe, hash(file, probe.format()), new Decoded(file, probe)));
            } catch (ImageException e) {
                problems.error(position(path), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Picture plan(String assetPath, Source source, ImageWidths.Role role) {
        Probe probe = source.probe();
        List<Integer> targets = new ArrayList<>();
        for (int width : widths.of(role)) targets.add(Math.min(width, probe.width()));
        List<Integer> distinct = targets.stream().distinct().sorted().toList();
        String extension = outputExtension(probe);
        String stem = stem(assetPath);
        List<Variant> variants = new ArrayList<>();
        for (int width : distinct) {
            int height = Raster.heightFor(probe.width(), probe.height(), width);
            String path = FOLDER + stem + "-" + source.hash().substring(0, 10) + "-" + width + "." + extension;
            String key = ImageCache.key(source.hash(), Raster.ENCODER_VERSION, width, extension);
            Job job = () -> cache.get(key, extension, () -> {
                BufferedImage scaled = Raster.scale(source.decoded().get(), width);
                return extension.equals("jpg") ? Raster.jpeg(scaled) : Raster.png(scaled);
            });
            variants.add(new Variant(path, width, height, "content/" + assetPath, job));
        }
        return new Picture(variants);
    }

    /** JPEG stays JPEG; PNG, GIF and transparent WebP become PNG; an opaque WebP becomes JPEG. */
    static String outputExtension(Probe probe) {
        return switch (probe.format()) {
            case JPEG -> "jpg";
            case WEBP -> probe.alpha() ? "png" : "jpg";
            default -> "png";
        };
    }

    /** The raster images planned in a role so far (their originals are never published as they are). */
    public java.util.Set<String> planned() {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        pictures.keySet().forEach(key -> paths.add(key.substring(key.indexOf(':') + 1)));
        return paths;
    }

    /**
     * An image published at its own path (not a logo or cover: a picture a page links to), with its
     * metadata stripped and its pixels untouched; empty (and a warning) when it is too large to publish.
     */
    public Optional<Job> asIs(String assetPath) {
        Path file = contentFolder.resolve(assetPath);
        try {
            long size = Files.size(file);
            if (size > Probe.MAX_BYTES) {
                problems.warning(position(assetPath), "not published: the image file is " + Probe.megabytes(size)
                        + ", larger than the limit of " + Probe.megabytes(Probe.MAX_BYTES), "make it smaller");
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.error(position(assetPath), "cannot read image: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(() -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                ImageFormat format = ImageFormat.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 16)));
                return format == null ? bytes : Metadata.strip(bytes, format);
            } catch (ImageException e) {
                throw new ImageException(e.getMessage() + " (" + "content/" + assetPath + ")", e);
            } catch (IOException e) {
                throw new ImageException("cannot read image: " + e.getMessage(), e);
            }
        });
    }

    /** Every file planned so far, once each, by path. */
    public List<Variant> variants() {
        Map<String, Variant> byPath = new LinkedHashMap<>();
        pictures.values().stream().flatMap(Optional::stream).flatMap(p -> p.variants().stream())
                .sorted(Comparator.comparing(Variant::path)).forEach(v -> byPath.putIfAbsent(v.path(), v));
        return List.copyOf(byPath.values());
    }

    /** The sanitised text of an SVG under content/; empty (and reported) when it cannot be made safe. */
    public Optional<String> svg(String assetPath) {
        return svgs.computeIfAbsent(assetPath, path -> {
            try {
                Optional<byte[]> read = cache.read(contentFolder.resolve(path), SvgSanitizer.MAX_BYTES);
                if (read.isEmpty()) {
                    long size = Files.size(contentFolder.resolve(path));
                    problems.error(position(path), "SVG is " + Probe.megabytes(size) + ", larger than the limit of "
                            + Probe.megabytes(SvgSanitizer.MAX_BYTES));
                    return Optional.empty();
                }
                byte[] bytes = read.get(); // the same array while the file is unchanged: the preview's cache compares by identity
                SvgSanitizer.Result result = cache.remembered("svg:" + path, bytes, () -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    return SvgSanitizer.sanitize(text.startsWith("\uFEFF") ? text.substring(1) : text);
                });
                if (!result.removed().isEmpty()) {
                    problems.warning(position(path), "removed from the SVG before publishing it: "
                            + String.join(", ", result.removed()), "SVG images may not run script or load anything");
                }
                return Optional.of(result.svg());
            } catch (SvgSanitizer.Failure e) {
                problems.error(new Position("content/" + path, e.line(), e.column()), e.getMessage(),
                        "an SVG that cannot be made safe is not published");
                return Optional.empty();
            } catch (IOException e) {
                problems.error(position(path), "cannot read SVG: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * A logo's pixels for a share card, and a hash of what they come from (for the card's cache
     * key). Empty when the logo cannot be used; that was reported when it was planned.
     */
    public Optional<Logo> logo(String assetPath) {
        if (isSvg(assetPath)) {
            return svg(assetPath).map(svg -> new Logo(cache.remembered("svg-key:" + assetPath, svg, () -> ImageCache.key("svg", svg)),
                    side -> SvgRaster.render(svg, side)));
        }
        return source(assetPath).map(s -> new Logo(ImageCache.key("raster", s.hash()), side -> {
            BufferedImage image = s.decoded().get();
            int longest = Math.max(image.getWidth(), image.getHeight());
            if (longest <= CARD_LOGO_SIDE) return image;
            int width = Math.max(1, (int) Math.round(image.getWidth() * (double) CARD_LOGO_SIDE / longest));
            return Raster.scale(image, width);
        }));
    }

    /** A logo for a card: what it is made from, and how to get its pixels. */
    public record Logo(String hash, Pixels pixels) {}

    /**
     * An SVG is drawn with its longest side exactly side pixels: drawing it at the size the card
     * shows it costs a quarter of drawing it at {@value #CARD_LOGO_SIDE} and scaling that down.
     * A raster image is at most {@value #CARD_LOGO_SIDE} pixels on a side, whatever side asks.
     */
    @FunctionalInterface
    public interface Pixels {
        BufferedImage get(int side) throws ImageException;

        default BufferedImage get() throws ImageException {
            return get(CARD_LOGO_SIDE);
        }
    }

    /**
     * Decodes a source once for the variants and the card that need its pixels, held softly: under
     * memory pressure the pixels are dropped and decoded again, so many large images never add up.
     */
    private static final class Decoded {
        private final Path file;
        private final Probe probe;
        private java.lang.ref.SoftReference<BufferedImage> image = new java.lang.ref.SoftReference<>(null);

        Decoded(Path file, Probe probe) {
            this.file = file;
            this.probe = probe;
        }

        synchronized BufferedImage get() throws ImageException {
            BufferedImage pixels = image.get();
            if (pixels == null) {
                pixels = Raster.decode(file, probe);
                image = new java.lang.ref.SoftReference<>(pixels);
            }
            return pixels;
        }
    }

    /** The hex SHA-256 of a source, whose bytes are checked to be whole on the way. */
    private static String hash(Path file, ImageFormat format) throws ImageException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Integrity.check(bytes, format);
            var digest = ImageCache.sha256();
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot read image: " + e.getMessage(), e);
        }
    }

    private static String stem(String assetPath) {
        String name = assetPath.substring(assetPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String slug = Slugs.slugify(dot > 0 ? name.substring(0, dot) : name);
        return slug.isEmpty() ? "image" : slug;
    }

    private static Position position(String assetPath) {
        return Position.startOf("content/" + assetPath);
    }
}
