package io.github.kudos.site;

import io.github.kudos.image.ImageWidths;
import io.github.kudos.image.Pictures;
import io.github.kudos.image.SvgSanitizer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an image's intrinsic size from its header (or an SVG's attributes), so pages reserve its
 * space; with {@link Pictures}, a raster image's view lists its resized files (srcset).
 */
public final class Images {
    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDTH = Pattern.compile("\\swidth\\s*=\\s*[\"']([0-9.]+)(px)?[\"']");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight\\s*=\\s*[\"']([0-9.]+)(px)?[\"']");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\sviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    /** width and height in CSS pixels; null when unknown. */
    public record Size(Integer width, Integer height) {
        static final Size UNKNOWN = new Size(null, null);
    }

    private final Map<Path, Size> sizes = new ConcurrentHashMap<>();
    private final Pictures pictures;

    public Images() {
        this(null);
    }

    /** pictures resizes raster images (null: they are published as they are). */
    public Images(Pictures pictures) {
        this.pictures = pictures;
    }

    /** The view of an image under content/ in a role: a raster image's resized files, or the file itself. */
    public ImageView view(Path contentFolder, String assetPath, String alt, ImageWidths.Role role, SiteLink link) {
        if (pictures != null && Pictures.isRaster(assetPath)) {
            Optional<Pictures.Picture> picture = pictures.raster(assetPath, role);
            if (picture.isPresent()) {
                Pictures.Variant first = picture.get().smallest();
                String srcset = picture.get().variants().stream()
                        .map(v -> link.path(v.path()) + " " + v.width() + "w").collect(Collectors.joining(", "));
                return new ImageView(link.path(first.path()), alt, first.width(), first.height(), srcset);
            }
        }
        Size size = size(contentFolder.resolve(assetPath));
        return new ImageView(link.path(assetPath), alt, size.width(), size.height(), "");
    }

    public Size size(Path file) {
        return sizes.computeIfAbsent(file, this::read);
    }

    private Size read(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | RuntimeException e) {
            return Size.UNKNOWN;
        }
    }

    private Size svg(Path file) throws IOException {
        Optional<byte[]> whole = pictures == null ? Optional.empty() : pictures.cache().read(file, SvgSanitizer.MAX_BYTES);
        if (whole.isEmpty()) return svgSize(head(file));
        byte[] bytes = whole.get();
        return pictures.cache().remembered("svg size:" + file, bytes,
                () -> svgSize(java.util.Arrays.copyOf(bytes, Math.min(4096, bytes.length))));
    }

    /** The size in an SVG's first 4 KB, where its svg tag is. */
    private static Size svgSize(byte[] head) {
        Matcher tag = SVG_TAG.matcher(new String(head, StandardCharsets.UTF_8));
        if (!tag.find()) return Size.UNKNOWN;
        String attributes = tag.group();
        Matcher width = WIDTH.matcher(attributes);
        Matcher height = HEIGHT.matcher(attributes);
        if (width.find() && height.find()) {
            return new Size((int) Math.round(Double.parseDouble(width.group(1))),
                    (int) Math.round(Double.parseDouble(height.group(1))));
        }
        Matcher viewBox = VIEW_BOX.matcher(attributes);
        if (viewBox.find()) {
            return new Size((int) Math.round(Double.parseDouble(viewBox.group(1))),
                    (int) Math.round(Double.parseDouble(viewBox.group(2))));
        }
        return Size.UNKNOWN;
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    private static Size raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Size.UNKNOWN;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Size.UNKNOWN;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
