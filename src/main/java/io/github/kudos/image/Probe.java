package io.github.kudos.image;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * What a raster image is, read from its first bytes and its header only: format and size.
 * Limits are checked here, before a single pixel is decoded, so a 1 GB file or a PNG header that
 * claims 100000x100000 pixels is refused without reading it, and no decoder ever sees it.
 *
 * @param width the upright width (a photo's EXIF orientation applied), as height
 * @param alpha whether the image has transparency
 * @param nameMismatch true when the file's extension names another format than its bytes
 */
public record Probe(ImageFormat format, int width, int height, boolean alpha, long bytes, boolean nameMismatch) {
    /** Larger files are refused unread: no logo or cover needs more. */
    public static final long MAX_BYTES = 40L << 20;
    /** Larger images are refused before decoding (40 megapixels take 160 MB decoded). */
    public static final long MAX_PIXELS = 40_000_000L;

    public static Probe of(Path file) throws ImageException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImageException("cannot read image: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ImageException("image file is " + megabytes(size) + ", larger than the limit of "
                    + megabytes(MAX_BYTES) + " (make it smaller: the site publishes at most "
                    + ImageWidths.MAX_WIDTH + " pixels wide)");
        }
        if (size == 0) throw new ImageException("image file is empty");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        } catch (IOException e) {
            throw new ImageException("cannot read image: " + e.getMessage(), e);
        }
        ImageFormat format = ImageFormat.sniff(head);
        String name = file.getFileName().toString();
        if (format == null) {
            throw new ImageException("not a PNG, JPEG, WebP or GIF image (its first bytes are none of these;"
                    + " is it a renamed or broken file?)");
        }
        Header header = header(file, format);
        int[] dimensions = {header.width(), header.height()};
        long pixels = (long) dimensions[0] * dimensions[1];
        if (dimensions[0] <= 0 || dimensions[1] <= 0) throw new ImageException("image has no pixels");
        if (pixels > MAX_PIXELS) {
            throw new ImageException(String.format(Locale.ROOT,
                    "image is %dx%d pixels (%,d megapixels), more than the limit of %d megapixels",
                    dimensions[0], dimensions[1], pixels / 1_000_000, MAX_PIXELS / 1_000_000));
        }
        return new Probe(format, dimensions[0], dimensions[1], header.alpha(), size, !format.matchesName(name));
    }

    private record Header(int width, int height, boolean alpha) {}

    /** Size, transparency and orientation from the header; the pixels are not decoded. */
    private static Header header(Path file, ImageFormat format) throws ImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReadersByFormatName(format.extension());
            if (readers == null || !readers.hasNext()) {
                throw new ImageException("no reader for " + format.label() + " images");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, format != ImageFormat.JPEG);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > MAX_PIXELS) return new Header(width, height, false);
                var types = reader.getImageTypes(0);
                boolean alpha = types != null && types.hasNext() && types.next().getColorModel().hasAlpha();
                if (format == ImageFormat.JPEG && turned(reader)) return new Header(height, width, alpha);
                return new Header(width, height, alpha);
            } finally {
                reader.dispose();
            }
        } catch (ImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageException("cannot read the " + format.label() + " header: the file is truncated or corrupt", e);
        }
    }

    /** EXIF orientations 5 to 8 turn the picture a quarter: width and height swap. */
    private static boolean turned(ImageReader reader) {
        try {
            var orientation = net.coobird.thumbnailator.util.exif.ExifUtils.getExifOrientation(reader, 0);
            return orientation != null && orientation.ordinal() >= 4;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String megabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
