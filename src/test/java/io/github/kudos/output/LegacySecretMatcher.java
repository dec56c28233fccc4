package io.github.kudos.output;

// The matcher before the primitive tables and 8-byte anchors (commit 6ac2577), kept for ScanBench to compare against.

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
 * one 4-byte window of each secret, its anchor, through a bit filter, and only those are compared:
 * one pass per file. The anchor is the secret's window that is rarest among all secrets, so that
 * thousands of private notes starting alike ("In the ...") do not all become candidates wherever
 * a page says "in t" (a 10,000-profile build spent 40 s here with the first window as anchor).
 *
 * <p>A secret that is part of a public text (the unpublished "Highland Café" inside the published
 * "The Highland Café") is not a leak where it stands inside that public text: such a public text
 * "shadows" the secret, and a find it covers is ignored.
 */
final class LegacySecretMatcher {
    private static final byte[] LOWER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) LOWER[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
    }

    private record Shadow(byte[] bytes, int offset) {}

    /** anchor: the offset of the 4-byte window this pattern is indexed by. */
    private record Pattern(byte[] bytes, String secret, int anchor, List<Shadow> shadows) {}

    /** One bit per anchor key, sized to the patterns: small enough to stay in cache while every byte is tested. */
    private final long[] filter;
    private final int filterMask;
    private final Map<Integer, List<Pattern>> byAnchor = new HashMap<>();
    private int longest;

    LegacySecretMatcher(Set<String> secrets) {
        this(secrets, Set.of());
    }

    LegacySecretMatcher(Set<String> secrets, Set<String> publicTexts) {
        Map<byte[], String> patterns = new java.util.LinkedHashMap<>();
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                byte[] bytes = lower(form.getBytes(StandardCharsets.UTF_8));
                if (bytes.length >= 4) patterns.put(bytes, secret);
                longest = Math.max(longest, bytes.length);
            }
        }
        int bits = Math.max(1 << 12, Math.min(1 << 24, Integer.highestOneBit(Math.max(1, patterns.size())) << 7));
        filter = new long[bits / 64];
        filterMask = bits - 1;
        Map<Integer, Integer> windowCounts = new HashMap<>();
        patterns.keySet().forEach(bytes -> {
            for (int i = 0; i + 4 <= bytes.length; i++) windowCounts.merge(window(bytes, i), 1, Integer::sum);
        });
        patterns.forEach((bytes, secret) -> {
            int anchor = rarestWindow(bytes, windowCounts);
            int key = mix(window(bytes, anchor));
            anchorWindows.add(window(bytes, anchor));
            byAnchor.computeIfAbsent(key, k -> new ArrayList<>()).add(new Pattern(bytes, secret, anchor, new ArrayList<>()));
            int bit = key & filterMask;
            filter[bit >>> 6] |= 1L << bit;
        });
        for (String text : publicTexts) {
            for (String form : forms(text)) {
                byte[] bytes = lower(form.getBytes(StandardCharsets.UTF_8));
                addShadows(bytes);
                longest = Math.max(longest, bytes.length);
            }
        }
    }

    /**
     * The byte length of the longest secret or public text in any form: a find, and the public text
     * that may shadow it, lie within this many bytes of any byte they cover.
     */
    /** For ScanBench: keys, patterns, and the largest bin of byAnchor at HashMap's capacity for its size. */
    private final Set<Integer> anchorWindows = new java.util.HashSet<>();

    String binStats() {
        return binStats(byAnchor.keySet()) + "; with the single multiply mix before 5c1f5ae: " + binStats(anchorWindows.stream()
                .map(w -> {
                    int h = w * 0x9E3779B1;
                    return h ^ (h >>> 15);
                }).collect(java.util.stream.Collectors.toSet()));
    }

    private String binStats(Set<Integer> keys) {
        int cap = 16;
        while (keys.size() > cap * 3 / 4) cap *= 2;
        Map<Integer, Integer> bins = new HashMap<>();
        for (Integer key : keys) bins.merge((key ^ (key >>> 16)) & (cap - 1), 1, Integer::sum);
        int max = bins.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long treeBins = bins.values().stream().filter(c -> c >= 8).count();
        long inTrees = bins.values().stream().filter(c -> c >= 8).mapToLong(Integer::longValue).sum();
        int patterns = byAnchor.values().stream().mapToInt(List::size).sum();
        int maxList = byAnchor.values().stream().mapToInt(List::size).max().orElse(0);
        return byAnchor.size() + " keys, " + patterns + " patterns (largest list " + maxList + "), capacity " + cap
                + ", largest bin " + max + ", bins of 8+: " + treeBins + " holding " + inTrees + " keys";
    }

    int longest() {
        return longest;
    }

    private static int rarestWindow(byte[] bytes, Map<Integer, Integer> windowCounts) {
        int best = 0;
        for (int i = 1; i + 4 <= bytes.length; i++) {
            if (windowCounts.get(window(bytes, i)) < windowCounts.get(window(bytes, best))) best = i;
        }
        return best;
    }

    private void addShadows(byte[] publicText) {
        for (int i = 0; i + 4 <= publicText.length; i++) {
            List<Pattern> candidates = byAnchor.get(mix(window(publicText, i)));
            if (candidates == null) continue;
            for (Pattern pattern : candidates) {
                int start = i - pattern.anchor();
                if (matchesAt(publicText, start, pattern.bytes())) pattern.shadows().add(new Shadow(publicText, start));
            }
        }
    }

    private static boolean covered(byte[] data, int at, Pattern pattern) {
        for (Shadow shadow : pattern.shadows()) {
            int start = at - shadow.offset();
            if (start >= 0 && start + shadow.bytes().length <= data.length && matchesFully(data, start, shadow.bytes())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesFully(byte[] data, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (lower(data[at + j]) != pattern[j]) return false;
        }
        return true;
    }

    static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(html(secret, "&#39;"));
        forms.add(html(secret, "&apos;"));
        forms.add(html(secret, "&#x27;"));
        forms.add(sanitized(secret));
        forms.add(json(secret));
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(url.replace("+", "%20"));
        return forms;
    }

    /** The secret found in data, or null. */
    String find(byte[] data) {
        if (byAnchor.isEmpty() || data.length < 4) return null;
        int window = window(data, 0);
        for (int i = 0; i + 4 <= data.length; i++) {
            if (i > 0) window = window << 8 | (LOWER[data[i + 3] & 0xff] & 0xff);
            int key = mix(window);
            int bit = key & filterMask;
            if ((filter[bit >>> 6] & (1L << bit)) == 0) continue;
            List<Pattern> candidates = byAnchor.get(key);
            if (candidates == null) continue;
            for (Pattern pattern : candidates) {
                int start = i - pattern.anchor();
                if (matchesAt(data, start, pattern.bytes()) && !covered(data, start, pattern)) return pattern.secret();
            }
        }
        return null;
    }

    String find(String text) {
        return find(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean matchesAt(byte[] data, int at, byte[] pattern) {
        return at >= 0 && at + pattern.length <= data.length && matchesFully(data, at, pattern);
    }

    private static int window(byte[] data, int at) {
        return (lower(data[at]) & 0xff) << 24 | (lower(data[at + 1]) & 0xff) << 16
                | (lower(data[at + 2]) & 0xff) << 8 | (lower(data[at + 3]) & 0xff);
    }

    /**
     * A bijection (MurmurHash3's finaliser), so distinct windows keep distinct keys, and every bit of
     * the window moves the low bits the filter and the map use: a single multiply left the low bits
     * to the window's last letters, and the map's buckets grew into trees.
     */
    private static int mix(int value) {
        int h = value ^ (value >>> 16);
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static byte lower(byte b) {
        return LOWER[b & 0xff];
    }

    private static byte[] lower(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = lower(bytes[i]);
        return out;
    }

    /**
     * The text as the HTML sanitiser of Markdown bodies writes it: beyond the usual escapes it
     * writes @ = + ` as numeric references (an e-mail address becomes name&#64;host) and
     * characters outside the BMP as hexadecimal ones.
     */
    private static String sanitized(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"', '\'', '@', '=', '+', '`' -> out.append("&#").append(c).append(';');
                default -> {
                    if (Character.isSupplementaryCodePoint(c)) out.append("&#x").append(Integer.toHexString(c)).append(';');
                    else out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
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
