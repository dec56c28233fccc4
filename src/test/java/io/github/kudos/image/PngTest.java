package io.github.kudos.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/** The PNG encoder round-trips through ImageIO's reader, pixel for pixel, and is deterministic. */
class PngTest {
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
        // issue 7: repeated rows skip zlib; the stream must still inflate, Adler-32 checked, to every filtered row
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
                int channels = type == BufferedImage.TYPE_INT_ARGB ? 4 : 3;
                assertThat(inflatedIdat(png)).hasSize((1 + width * channels) * 60);
            }
        }
    }

    @Test
    void anImageOfOneColourIsOneRowAndRepeats() throws IOException, DataFormatException {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        byte[] png = Png.encode(image);
        assertThat(inflatedIdat(png)).hasSize(3601 * 630).containsOnly(0, 1);
        assertThat(png.length).as("a repeated row costs about 40 bytes").isLessThan(630 * 48);
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
