package io.github.kudos.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Strips metadata from a PNG or JPEG without touching its pixels, for images published at their
 * own path (a picture a Markdown page links to). PNG keeps only the chunks that draw the image;
 * text (tEXt, zTXt, iTXt), time (tIME) and EXIF (eXIf) go. JPEG loses its EXIF/XMP (APP1),
 * IPTC (APP13), other application segments and comments; the JFIF header, the ICC colour
 * profile (APP2) and Adobe's colour transform marker (APP14) stay, since colours depend on them.
 */
public final class Metadata {
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT");

    private Metadata() {}

    public static byte[] strip(byte[] data, ImageFormat format) throws ImageException {
        return switch (format) {
            case PNG -> png(data);
            case JPEG -> jpeg(data);
            default -> data;
        };
    }

    static byte[] png(byte[] data) throws ImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 8);
        int at = 8;
        while (at < data.length) {
            if (at + 12 > data.length) throw new ImageException("the PNG file is truncated");
            long length = readInt(data, at) & 0xFFFFFFFFL;
            if (length > data.length - at - 12L) throw new ImageException("the PNG file is truncated or corrupt");
            String type = new String(data, at + 4, 4, StandardCharsets.ISO_8859_1);
            int total = (int) length + 12;
            if (PNG_KEPT.contains(type)) out.write(data, at, total);
            at += total;
            if (type.equals("IEND")) break;
        }
        return out.toByteArray();
    }

    static byte[] jpeg(byte[] data) throws ImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2);
        int at = 2;
        while (at + 4 <= data.length) {
            if ((data[at] & 0xFF) != 0xFF) throw new ImageException("the JPEG file is corrupt (no marker where one belongs)");
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                out.write(data, at, data.length - at);
                return out.toByteArray();
            }
            int length = ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > data.length) throw new ImageException("the JPEG file is truncated");
            boolean application = marker >= 0xE0 && marker <= 0xEF;
            boolean keep = !(application || marker == 0xFE) || marker == 0xE0 || marker == 0xEE
                    || (marker == 0xE2 && startsWith(data, at + 4, "ICC_PROFILE"));
            if (keep) out.write(data, at, 2 + length);
            at += 2 + length;
        }
        throw new ImageException("the JPEG file is truncated (no image data)");
    }

    private static boolean startsWith(byte[] data, int at, String text) {
        byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + expected.length > data.length) return false;
        for (int i = 0; i < expected.length; i++) if (data[at + i] != expected[i]) return false;
        return true;
    }

    private static int readInt(byte[] data, int at) {
        return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8 | (data[at + 3] & 0xFF);
    }
}
