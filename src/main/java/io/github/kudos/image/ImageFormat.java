package io.github.kudos.image;

import java.util.List;
import java.util.Locale;

/** The raster formats Kudos reads, told apart by their first bytes, never by the file name. */
public enum ImageFormat {
    PNG("png", "PNG", List.of("png")),
    JPEG("jpg", "JPEG", List.of("jpg", "jpeg")),
    WEBP("webp", "WebP", List.of("webp")),
    GIF("gif", "GIF", List.of("gif"));

    private final String extension;
    private final String label;
    private final List<String> extensions;

    ImageFormat(String extension, String label, List<String> extensions) {
        this.extension = extension;
        this.label = label;
        this.extensions = extensions;
    }

    /** The usual extension, without a dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public boolean matchesName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> name.endsWith("." + e));
    }

    /** The format these first bytes start, or null when they start none of them. */
    public static ImageFormat sniff(byte[] head) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) return WEBP;
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) return GIF;
        return null;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) return false;
        }
        return true;
    }
}
