package io.github.kudos.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names and terms into URL path segments, so no content text can steer an output path. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {}

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** "Food & Drink" -> "food-and-drink", "Café Müller" -> "cafe-muller"; other scripts get a stable hash. */
    public static String slugify(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("&", " and ").replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
                .replace("œ", "oe").replace("ł", "l").replace("đ", "d").replace("þ", "th");
        String ascii = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(ascii).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "x-" + shortHash(text) : slug;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
