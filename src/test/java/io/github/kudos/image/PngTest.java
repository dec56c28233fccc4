package io.github.kudos.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

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
