package io.github.kudos.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Images made in the tests: real PNG and JPEG files, with metadata planted in them, and broken ones. */
public final class TestImages {
    private TestImages() {}

    /** A PNG with a coloured shape, a tEXt chunk holding text and a tIME chunk. */
    public static byte[] png(int width, int height, boolean alpha, String text) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x6f, 0x5c));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf2, 0xb7, 0x05));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        byte[] plain = encode(image, "png");
        if (text == null) return plain;
        return insertAfterHeader(plain, List.of(chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1)),
                chunk("tIME", new byte[] {0x07, (byte) 0xE8, 1, 2, 3, 4, 5})));
    }

    /** A JPEG with an EXIF segment holding text (as a camera's GPS and owner fields would). */
    public static byte[] jpeg(int width, int height, String exifText) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x88, 0x33, 0x22));
        g.fillRect(0, 0, width, height);
        g.dispose();
        byte[] plain = encode(image, "jpeg");
        if (exifText == null) return plain;
        byte[] payload = ("Exif\0\0" + exifText).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and header claiming width x height pixels, then the end: no pixel data at all. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The chunk types of a PNG, in order. */
    public static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.ISO_8859_1));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] insertAfterHeader(byte[] png, List<byte[]> chunks) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunks.forEach(out::writeBytes);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }
}
