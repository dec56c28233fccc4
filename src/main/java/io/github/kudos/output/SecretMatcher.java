package io.github.kudos.output;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds any of many secrets, in their plain, HTML-, XML-, JSON- and URL-escaped forms, in bytes,
 * ignoring ASCII case. Every secret is at least 4 bytes long, so candidate positions are found by
 * their first 4 bytes through a bit filter, and only those are compared: one pass per file.
 */
final class SecretMatcher {
    private static final int FILTER_BITS = 1 << 24;

    private record Pattern(byte[] bytes, String secret) {}

    private final long[] filter = new long[FILTER_BITS / 64];
    private final Map<Integer, List<Pattern>> byPrefix = new HashMap<>();

    SecretMatcher(Set<String> secrets) {
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                byte[] bytes = lower(form.getBytes(StandardCharsets.UTF_8));
                if (bytes.length < 4) continue;
                int prefix = prefix(bytes, 0);
                byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new Pattern(bytes, secret));
                int bit = mix(prefix);
                filter[bit >>> 6] |= 1L << bit;
            }
        }
    }

    static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(html(secret, "&#39;"));
        forms.add(html(secret, "&apos;"));
        forms.add(html(secret, "&#x27;"));
        forms.add(json(secret));
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(url.replace("+", "%20"));
        return forms;
    }

    /** The secret found in data, or null. */
    String find(byte[] data) {
        if (byPrefix.isEmpty()) return null;
        for (int i = 0; i + 4 <= data.length; i++) {
            int prefix = prefix(data, i);
            int bit = mix(prefix);
            if ((filter[bit >>> 6] & (1L << bit)) == 0) continue;
            List<Pattern> candidates = byPrefix.get(prefix);
            if (candidates == null) continue;
            for (Pattern pattern : candidates) {
                if (matches(data, i, pattern.bytes())) return pattern.secret();
            }
        }
        return null;
    }

    String find(String text) {
        return find(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean matches(byte[] data, int at, byte[] pattern) {
        if (at + pattern.length > data.length) return false;
        for (int j = 4; j < pattern.length; j++) {
            if (lower(data[at + j]) != pattern[j]) return false;
        }
        return true;
    }

    private static int prefix(byte[] data, int at) {
        return (lower(data[at]) & 0xff) << 24 | (lower(data[at + 1]) & 0xff) << 16
                | (lower(data[at + 2]) & 0xff) << 8 | (lower(data[at + 3]) & 0xff);
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static byte[] lower(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = lower(bytes[i]);
        return out;
    }

    private static String html(String text, String apostrophe) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", apostrophe);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<', '>', '&' -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
