package io.github.kudos.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.stream.LongStream;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PNG encoder round-trips through ImageIO's reader, pixel for pixel, and is deterministic; its
 * IDAT inflates (zlib checks the Adler-32) to exactly the unfiltered rows.
 */
class PngTest {
    /** Images of every kind the tokens treat differently, from fixed seeds (issue 7: no zlib). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomImagesDecodeToTheirPixelsAndRows(long seed) throws IOException, DataFormatException {
        Random random = new Random(seed);
        int width = 1 + random.nextInt(seed % 10 == 0 ? 600 : 90);
        int height = 1 + random.nextInt(70);
        int type = random.nextBoolean() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = new BufferedImage(width, height, type);
        String kind = KINDS[(int) (seed % KINDS.length)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) image.setRGB(x, y, pixel(kind, random, image, x, y));
        }
        assertRoundTrip(image, kind + " " + width + "x" + height);
    }

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    private static final String[] KINDS = {"flat", "noise", "gradient", "repeated rows", "few colours", "stripes"};

    private static int pixel(String kind, Random random, BufferedImage image, int x, int y) {
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        int value = switch (kind) {
            case "flat" -> 0x336699 | (random.nextInt(50) == 0 ? 0xff0000 : 0);
            case "noise" -> random.nextInt();
            case "gradient" -> (x * 255 / image.getWidth()) << 16 | (y * 255 / image.getHeight()) << 8 | (x + y) & 0xff
                    | ((x * 7) & 0xff) << 24;
            case "repeated rows" -> y > 0 && random.nextInt(3) > 0 ? image.getRGB(x, y - 1) : random.nextInt(4) * 0x01010101;
            case "few colours" -> new int[] {0xffffffff, 0xff1b2220, 0x801f6f5c, 0x00000000}[random.nextInt(4)];
            default -> x > 0 && random.nextInt(10) > 0 ? image.getRGB(x - 1, y) : random.nextInt();
        };
        return alpha ? value : value | 0xff000000;
    }

    @Test
    void aWideImageHasNoMatchesOneRowBackButStillRoundTrips() throws IOException, DataFormatException {
        // deflate reaches 32,768 bytes back: a row of 8,192 RGBA pixels (32,769 bytes) is one too long
        for (int width : new int[] {8191, 8192, 10922, 10923, 12000}) {
            for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB}) {
                BufferedImage image = new BufferedImage(width, 4, type);
                for (int x = 0; x < width; x++) image.setRGB(x, 0, x % 97 == 0 ? 0xff102030 + x : 0xff808080);
                for (int y = 1; y < 4; y++) {
                    for (int x = 0; x < width; x++) image.setRGB(x, y, image.getRGB(x, y - 1) ^ (x == y * 1000 ? 0xff : 0));
                }
                assertRoundTrip(image, "width " + width + ", type " + type);
            }
        }
    }

    @Test
    void anImageOfMoreTokensThanOneBlockRoundTrips() throws IOException, DataFormatException {
        BufferedImage image = randomImage(300, 200, BufferedImage.TYPE_INT_ARGB); // 240,000 literals
        for (int y = 100; y < 200; y += 2) {
            for (int x = 0; x < 300; x++) image.setRGB(x, y, y % 4 == 0 ? image.getRGB(x, y - 1) : 0xff123456);
        }
        assertRoundTrip(image, "several blocks");
    }

    private static void assertRoundTrip(BufferedImage image, String what) throws IOException, DataFormatException {
        byte[] png = Png.encode(image);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        assertThat(decoded.getColorModel().hasAlpha()).as(what).isEqualTo(alpha);
        int[] expected = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] actual = decoded.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        assertThat(actual).as(what).isEqualTo(expected);
        assertThat(inflatedIdat(png)).as(what).isEqualTo(rows(image));
        assertThat(Png.encode(image)).as(what).isEqualTo(png);
    }

    /** The image's rows as PNG stores them unfiltered: a 0 before each row, then R, G, B (and A) bytes. */
    private static byte[] rows(BufferedImage image) {
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int y = 0; y < image.getHeight(); y++) {
            out.write(0);
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                out.write(argb >>> 16);
                out.write(argb >>> 8);
                out.write(argb);
                if (alpha) out.write(argb >>> 24);
            }
        }
        return out.toByteArray();
    }

    @Test
    void opaqueAndTranslucentImagesDecodeToTheSamePixels() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage image = randomImage(37, 23, type);
            byte[] png = Png.encode(image);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(decoded.getWidth()).isEqualTo(37);
            assertThat(decoded.getHeight()).isEqualTo(23);
            assertThat(decoded.getColorModel().hasAlpha()).isEqualTo(type == BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < 23; y++) {
                for (int x = 0; x < 37; x++) {
                    assertThat(decoded.getRGB(x, y)).as("pixel %d,%d of type %d", x, y, type).isEqualTo(image.getRGB(x, y));
                }
            }
            assertThat(Png.encode(image)).isEqualTo(png);
        }
    }

    @Test
    void aSubImageEncodesOnlyItsOwnPixels() throws IOException {
        BufferedImage image = randomImage(50, 40, BufferedImage.TYPE_INT_RGB);
        BufferedImage part = image.getSubimage(10, 5, 20, 30);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Png.encode(part)));
        assertThat(decoded.getWidth()).isEqualTo(20);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 20; x++) assertThat(decoded.getRGB(x, y)).isEqualTo(image.getRGB(x + 10, y + 5));
        }
    }

    @Test
    void runsOfRepeatedRowsDecodeToTheSamePixelsAndTheSameRowBytes() throws IOException, DataFormatException {
        // issue 7: a repeated row is one match; the stream must still inflate, Adler-32 checked, to every row
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            for (int width : new int[] {1, 2, 85, 86, 400}) {
                BufferedImage image = randomImage(width, 60, type);
                int[] copied = {1, 2, 3, 10, 11, 12, 13, 14, 30, 56, 57, 58, 59};
                for (int y : copied) {
                    for (int x = 0; x < width; x++) image.setRGB(x, y, image.getRGB(x, y - 1));
                }
                byte[] png = Png.encode(image);
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
                for (int y = 0; y < 60; y++) {
                    for (int x = 0; x < width; x++) {
                        assertThat(decoded.getRGB(x, y)).as("pixel %d,%d, width %d", x, y, width).isEqualTo(image.getRGB(x, y));
                    }
                }
                assertThat(inflatedIdat(png)).isEqualTo(rows(image));
            }
        }
    }

    @Test
    void anImageOfOneColourIsOneRowAndRepeats() throws IOException, DataFormatException {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        byte[] png = Png.encode(image);
        assertThat(inflatedIdat(png)).hasSize(3601 * 630).containsOnly(0);
        assertThat(png.length).as("a repeated row is 14 matches of 258 bytes, about 12 bits each").isLessThan(630 * 24);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getRGB(1199, 629)).isEqualTo(0xff000000);
    }

    /** The IDAT chunk inflated by java.util.zip, which checks the zlib header and the Adler-32 sum. */
    private static byte[] inflatedIdat(byte[] png) throws DataFormatException {
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (true) {
            int length = buffer.getInt();
            String type = new String(png, buffer.position(), 4, StandardCharsets.US_ASCII);
            buffer.position(buffer.position() + 4);
            if (type.equals("IDAT")) {
                Inflater inflater = new Inflater();
                inflater.setInput(png, buffer.position(), length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[65536];
                while (!inflater.finished()) {
                    int n = inflater.inflate(chunk);
                    if (n == 0 && inflater.needsInput()) throw new DataFormatException("truncated");
                    out.write(chunk, 0, n);
                }
                inflater.end();
                return out.toByteArray();
            }
            buffer.position(buffer.position() + length + 4);
        }
    }

    private static BufferedImage randomImage(int width, int height, int type) {
        Random random = new Random(width * 31L + type);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = random.nextInt();
                if (type != BufferedImage.TYPE_INT_ARGB) argb |= 0xff000000;
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
