package io.github.kudos.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Strips metadata from an image without touching its pixels, for images published at their own
 * path (a picture a Markdown page links to); whatever follows the image's end goes too (a file
 * appended after a JPEG's end marker, a PNG's IEND or a GIF's trailer). PNG keeps only the chunks
 * that draw the image; text (tEXt, zTXt, iTXt), time (tIME) and EXIF (eXIf) go. JPEG loses its
 * EXIF/XMP (APP1), IPTC (APP13), other application segments and comments; the JFIF header
 * (without its thumbnail), the ICC colour profile (APP2) and Adobe's colour transform marker
 * (APP14) stay, since colours depend on them. WebP keeps only the chunks that draw the image and
 * its ICC profile: EXIF, XMP and unknown chunks go, and the VP8X flags say so. GIF loses its
 * comments and every application extension but NETSCAPE2.0 (the looping of an animation).
 */
public final class Metadata {
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT");
    private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    /** The VP8X flags of the EXIF and XMP chunks. */
    private static final int WEBP_EXIF_AND_XMP = 0x08 | 0x04;

    private Metadata() {}

    public static byte[] strip(byte[] data, ImageFormat format) throws ImageException {
        return switch (format) {
            case PNG -> png(data);
            case JPEG -> jpeg(data);
            case WEBP -> webp(data);
            case GIF -> gif(data);
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

    /** Segment by segment up to the end-of-image marker; the entropy-coded data after each scan header is copied as it is. */
    static byte[] jpeg(byte[] data) throws ImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2);
        int at = 2;
        while (true) {
            if (at + 2 > data.length) throw new ImageException("the JPEG file is truncated (no end-of-image marker)");
            if ((data[at] & 0xFF) != 0xFF) throw new ImageException("the JPEG file is corrupt (no marker where one belongs)");
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9) {
                out.write(data, at, 2);
                return out.toByteArray();
            }
            if (at + 4 > data.length) throw new ImageException("the JPEG file is truncated");
            int length = ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > data.length) throw new ImageException("the JPEG file is truncated");
            if (marker == 0xE0 && length >= 16 && startsWith(data, at + 4, "JFIF\0")) {
                out.write(data, at, 2);
                out.write(new byte[] {0, 16}, 0, 2);
                out.write(data, at + 4, 12);
                out.write(new byte[] {0, 0}, 0, 2); // no thumbnail: it may show what the picture was before a crop
            } else if (keptJpegSegment(data, at, marker)) {
                out.write(data, at, 2 + length);
            }
            at += 2 + length;
            if (marker == 0xDA) {
                int end = scanEnd(data, at);
                out.write(data, at, end - at);
                at = end;
            }
        }
    }

    private static boolean keptJpegSegment(byte[] data, int at, int marker) {
        if (marker == 0xE2) return startsWith(data, at + 4, "ICC_PROFILE\0");
        if (marker == 0xEE) return startsWith(data, at + 4, "Adobe");
        return !(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE;
    }

    /** Where a scan's entropy-coded data ends: at the next marker (0xFF not followed by a stuffed 0 or a restart marker). */
    private static int scanEnd(byte[] data, int at) throws ImageException {
        for (int i = at; i + 1 < data.length; i++) {
            if ((data[i] & 0xFF) != 0xFF) continue;
            int next = data[i + 1] & 0xFF;
            if (next != 0 && next != 0xFF && (next < 0xD0 || next > 0xD7)) return i;
        }
        throw new ImageException("the JPEG file is truncated (no end-of-image marker)");
    }

    /** RIFF chunks: a FourCC, a little-endian size and the payload, padded to an even length. */
    static byte[] webp(byte[] data) throws ImageException {
        if (data.length < 12) throw new ImageException("the WebP file is truncated");
        long riffEnd = Math.min(data.length, 8 + readIntLittle(data, 4));
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 12);
        int at = 12;
        while (at + 8 <= riffEnd) {
            long size = readIntLittle(data, at + 4);
            if (size > riffEnd - at - 8) throw new ImageException("the WebP file is truncated or corrupt");
            byte[] chunk = Arrays.copyOfRange(data, at, (int) Math.min(at + 8 + size + (size & 1), riffEnd));
            String type = new String(chunk, 0, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("VP8X") && size > 0) chunk[8] &= (byte) ~WEBP_EXIF_AND_XMP;
            if (WEBP_KEPT.contains(type)) out.writeBytes(chunk);
            at += chunk.length;
        }
        byte[] bytes = out.toByteArray();
        int riffSize = bytes.length - 8;
        for (int i = 0; i < 4; i++) bytes[4 + i] = (byte) (riffSize >>> (8 * i));
        return bytes;
    }

    /** Header, screen descriptor and colour table, then blocks: extensions (0x21), images (0x2C), the trailer (0x3B). */
    static byte[] gif(byte[] data) throws ImageException {
        if (data.length < 13) throw new ImageException("the GIF file is truncated");
        int at = 13 + colourTable(data[10]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, Math.min(at, data.length));
        while (at < data.length) {
            int block = data[at] & 0xFF;
            if (block == 0x3B) {
                out.write(block);
                return out.toByteArray();
            }
            int start = at;
            if (block == 0x21) {
                if (at + 2 > data.length) break;
                int label = data[at + 1] & 0xFF;
                at = subBlocksEnd(data, at + 2);
                boolean keep = label == 0xF9 || label == 0x01
                        || label == 0xFF && data[start + 2] == 11 && startsWith(data, start + 3, "NETSCAPE2.0");
                if (keep) out.write(data, start, at - start);
            } else if (block == 0x2C) {
                if (at + 10 > data.length) break;
                at += 10 + colourTable(data[at + 9]) + 1;
                at = subBlocksEnd(data, at);
                out.write(data, start, at - start);
            } else {
                throw new ImageException("the GIF file is corrupt (an unknown block)");
            }
        }
        throw new ImageException("the GIF file is truncated (it has no trailer)");
    }

    private static int colourTable(byte flags) {
        return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
    }

    /** Where a run of GIF sub-blocks (a size byte, then that many bytes; a 0 ends them) ends. */
    private static int subBlocksEnd(byte[] data, int at) throws ImageException {
        while (at < data.length) {
            int size = data[at] & 0xFF;
            at += 1 + size;
            if (size == 0) return at;
        }
        throw new ImageException("the GIF file is truncated (it has no trailer)");
    }

    private static long readIntLittle(byte[] data, int at) {
        return (data[at] & 0xFFL) | (data[at + 1] & 0xFFL) << 8 | (data[at + 2] & 0xFFL) << 16 | (data[at + 3] & 0xFFL) << 24;
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
