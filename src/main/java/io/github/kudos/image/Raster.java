package io.github.kudos.image;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decoding, scaling and encoding of raster images. Decoding happens only after a {@link Probe}
 * passed its limits. Encoding starts from pixels alone, so nothing of the original file's
 * metadata (EXIF, GPS, PNG text, timestamps) survives, and the same pixels always give the same
 * bytes: no tIME chunk, no date, no encoder comment.
 */
public final class Raster {
    /** Changing how images are encoded changes this, so cached results made the old way are not reused. */
    public static final String ENCODER_VERSION = "raster-4"; // raised whenever the bytes of the same pixels change (2: Png, 3: repeated rows, 4: no zlib)
    static final float JPEG_QUALITY = 0.85f;

    static {
        Headless.ensure();
    }

    private Raster() {}

    /** The pixels of an image, upright (a photo's EXIF orientation applied). */
    public static BufferedImage decode(Path file, Probe probe) throws ImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(probe.format().extension());
            if (in == null || !readers.hasNext()) throw new ImageException("no reader for " + probe.format().label() + " images");
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                reader.setInput(in, true, false);
                Orientation orientation = probe.format() == ImageFormat.JPEG ? orientation(reader) : null;
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ImageException("cannot decode the " + probe.format().label() + " image: " + warnings.get(0)
                            + " (the file is truncated or corrupt)");
                }
                if (orientation != null && orientation != Orientation.TOP_LEFT) {
                    image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (ImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageException("cannot decode the " + probe.format().label()
                    + " image: the file is truncated or corrupt (" + e.getMessage() + ")", e);
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The image scaled to width (never up), its aspect kept; the height is rounded, at least 1. */
    public static BufferedImage scale(BufferedImage image, int width) throws ImageException {
        int height = heightFor(image.getWidth(), image.getHeight(), width);
        boolean alpha = image.getColorModel().hasAlpha();
        try {
            if (width == image.getWidth() && height == image.getHeight()) return copy(image, alpha);
            return Thumbnails.of(image).forceSize(width, height)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new ImageException("cannot scale the image: " + e.getMessage(), e);
        }
    }

    public static int heightFor(int sourceWidth, int sourceHeight, int width) {
        return Math.max(1, (int) Math.round(sourceHeight * (double) width / sourceWidth));
    }

    static BufferedImage copy(BufferedImage image, boolean alpha) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** PNG bytes of an image: IHDR, IDAT and IEND only (no text, no time). */
    public static byte[] png(BufferedImage image) throws ImageException {
        try {
            return Png.encode(image);
        } catch (RuntimeException e) {
            throw new ImageException("cannot encode the image: " + e.getMessage(), e);
        }
    }

    /** Baseline JPEG bytes of an opaque image, with no EXIF and no comment. */
    public static byte[] jpeg(BufferedImage image) throws ImageException {
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image, false);
        return write(rgb, "jpeg", JPEG_QUALITY);
    }

    private static byte[] write(BufferedImage image, String format, float quality) throws ImageException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) throw new ImageException("no " + format + " writer");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new ImageException("cannot encode the image: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
