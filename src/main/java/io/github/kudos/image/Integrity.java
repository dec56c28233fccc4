package io.github.kudos.image;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A cheap check that an image file is whole, made on its bytes without decoding it, so a
 * truncated upload is reported in the same run as every other problem: a PNG's chunks must all
 * be there with their checksums, up to IEND; a JPEG must end with its end-of-image marker;
 * a WebP must be as long as its RIFF header says; a GIF must end with its trailer.
 */
final class Integrity {
    private Integrity() {}

    static void check(byte[] data, ImageFormat format) throws ImageException {
        switch (format) {
            case PNG -> png(data);
            case JPEG -> {
                int end = data.length;
                while (end > 2 && data[end - 1] == 0) end--;
                if (end < 4 || (data[end - 2] & 0xFF) != 0xFF || (data[end - 1] & 0xFF) != 0xD9) {
                    throw new ImageException("the JPEG file is truncated (it does not end with the end-of-image marker)");
                }
            }
            case WEBP -> {
                long size = (data[4] & 0xFFL) | (data[5] & 0xFFL) << 8 | (data[6] & 0xFFL) << 16 | (data[7] & 0xFFL) << 24;
                if (size + 8 > data.length) throw new ImageException("the WebP file is truncated (shorter than its header says)");
            }
            case GIF -> {
                if (data[data.length - 1] != 0x3B) throw new ImageException("the GIF file is truncated (it has no trailer)");
            }
        }
    }

    private static void png(byte[] data) throws ImageException {
        int at = 8;
        while (at + 12 <= data.length) {
            long length = readInt(data, at) & 0xFFFFFFFFL;
            if (length > data.length - at - 12L) break;
            CRC32 crc = new CRC32();
            crc.update(data, at + 4, (int) length + 4);
            if ((int) crc.getValue() != readInt(data, at + 8 + (int) length)) {
                throw new ImageException("the PNG file is corrupt (chunk "
                        + new String(data, at + 4, 4, StandardCharsets.ISO_8859_1) + " fails its checksum)");
            }
            if (new String(data, at + 4, 4, StandardCharsets.ISO_8859_1).equals("IEND")) return;
            at += (int) length + 12;
        }
        throw new ImageException("the PNG file is truncated (it ends before its last chunk)");
    }

    private static int readInt(byte[] data, int at) {
        return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8 | (data[at + 3] & 0xFF);
    }
}
