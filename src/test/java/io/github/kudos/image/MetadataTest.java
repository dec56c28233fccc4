package io.github.kudos.image;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Images published at their own path lose their metadata and whatever follows their end, and still decode. */
class MetadataTest {
    /** A 1x1 lossless WebP (a simple file: RIFF, WEBP, one VP8L chunk). */
    private static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void jpegLosesCommentsTheJfifThumbnailAndBytesAfterTheEnd() throws ImageException {
        byte[] plain = TestImages.jpeg(40, 30, "MARKER-EXIF-GPS");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(plain, 0, 2);
        // a JFIF header with a 1x1 thumbnail, then a comment
        file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 19, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 'T', 'H', 'B'});
        byte[] comment = "MARKER-COMMENT".getBytes(StandardCharsets.ISO_8859_1);
        file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        file.writeBytes(comment);
        file.write(plain, 2, plain.length - 2);
        file.writeBytes("MARKER-APPENDED-ZIP".getBytes(StandardCharsets.ISO_8859_1));

        byte[] stripped = Metadata.strip(file.toByteArray(), ImageFormat.JPEG);

        assertThat(text(stripped)).doesNotContain("MARKER").doesNotContain("THB").doesNotContain("Exif");
        assertThat(stripped[stripped.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(stripped[stripped.length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(text(stripped)).contains("JFIF");
        BufferedImage image = TestImages.read(stripped);
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getRGB(20, 15)).isEqualTo(TestImages.read(plain).getRGB(20, 15));
    }

    @Test
    void webpLosesExifXmpAndUnknownChunksAndItsHeaderSaysSo() throws ImageException {
        byte[] vp8l = java.util.Arrays.copyOfRange(WEBP_1X1, 12, WEBP_1X1.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(chunk("VP8X", new byte[] {0x10 | 0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        body.writeBytes(vp8l);
        body.writeBytes(chunk("EXIF", "MARKER-GPS-ODD".concat("!").getBytes(StandardCharsets.ISO_8859_1)));
        body.writeBytes(chunk("XMP ", "<x:xmpmeta>MARKER-XMP</x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1)));
        body.writeBytes(chunk("ZZZZ", "MARKER-UNKNOWN".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] riff = chunk("RIFF", body.toByteArray());
        byte[] file = concat(riff, "MARKER-AFTER".getBytes(StandardCharsets.ISO_8859_1));

        byte[] stripped = Metadata.strip(file, ImageFormat.WEBP);

        assertThat(text(stripped)).doesNotContain("MARKER").doesNotContain("EXIF").doesNotContain("XMP");
        assertThat(littleInt(stripped, 4)).isEqualTo(stripped.length - 8);
        assertThat(text(stripped).substring(12, 16)).isEqualTo("VP8X");
        assertThat(stripped[20]).isEqualTo((byte) 0x10);
        assertThat(stripped).endsWith(vp8l);
        assertThat(TestImages.read(stripped).getWidth()).isEqualTo(1);
    }

    @Test
    void gifLosesCommentsAndApplicationExtensionsButKeepsLooping() throws ImageException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_INDEXED);
        image.getGraphics().fillRect(0, 0, 4, 6);
        byte[] plain = TestImages.encode(image, "gif");
        int afterHeader = 13 + ((plain[10] & 0x80) == 0 ? 0 : 3 * (1 << ((plain[10] & 0x07) + 1)));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(plain, 0, afterHeader);
        file.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        file.writeBytes("NETSCAPE2.0".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(new byte[] {3, 1, 0, 0, 0});
        file.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        file.writeBytes("XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(subBlock("<x:xmpmeta>MARKER-XMP</x:xmpmeta>"));
        file.writeBytes(new byte[] {0x21, (byte) 0xFE});
        file.writeBytes(subBlock("MARKER-COMMENT"));
        file.write(plain, afterHeader, plain.length - afterHeader);
        file.writeBytes("MARKER-AFTER".getBytes(StandardCharsets.ISO_8859_1));

        byte[] stripped = Metadata.strip(file.toByteArray(), ImageFormat.GIF);

        assertThat(text(stripped)).doesNotContain("MARKER").doesNotContain("XMP").contains("NETSCAPE2.0");
        assertThat(stripped[stripped.length - 1]).isEqualTo((byte) 0x3B);
        assertThat(stripped.length).isEqualTo(plain.length + 19);
        assertThat(TestImages.read(stripped).getRGB(1, 1)).isEqualTo(image.getRGB(1, 1));
    }

    @Test
    void pngLosesItsTextAndBytesAfterItsEnd() throws ImageException {
        byte[] file = concat(TestImages.png(20, 10, false, "MARKER-PNG"), "MARKER-AFTER".getBytes(StandardCharsets.ISO_8859_1));
        byte[] stripped = Metadata.strip(file, ImageFormat.PNG);
        assertThat(text(stripped)).doesNotContain("MARKER");
        assertThat(TestImages.pngChunks(stripped)).containsExactly("IHDR", "IDAT", "IEND");
    }

    private static byte[] subBlock(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return concat(new byte[] {(byte) bytes.length}, bytes, new byte[] {0});
    }

    private static byte[] chunk(String type, byte[] payload) {
        int size = payload.length;
        byte[] header = concat(type.getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
        return concat(header, payload, (size & 1) == 1 ? new byte[] {0} : new byte[0]);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    private static int littleInt(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
