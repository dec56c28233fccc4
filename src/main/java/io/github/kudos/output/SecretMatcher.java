package io.github.kudos.output;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds any of many secrets, in their plain, HTML-, XML-, JSON- and URL-escaped forms, in bytes,
 * ignoring ASCII case. Every secret is at least 4 bytes long, so candidate positions are found by
 * windows of each secret, its anchors, through a bit filter, and only those are compared: one
 * pass per file. A pattern of 8 bytes or more is anchored by two 7-byte windows one byte apart, so
 * that the scan tests only every other byte (one of the two ends there wherever the pattern
 * stands); a shorter one by one 4-byte window tested at every byte; each kind has its own filter
 * and table. The anchors are the pattern's windows that are rarest among all patterns, so that
 * thousands of private notes starting alike ("In the ...") do not all become candidates wherever
 * a page says "in t" (a 10,000-profile build spent 40 s here with the first window as anchor);
 * and 7 bytes rather than 4, because private notes are made of the words of the public pages,
 * where 4-byte anchors such as "brea" hit all the time.
 *
 * <p>The tables are primitive open-addressing ones keyed by the exact window: no boxing per filter
 * hit (the launcher's C1 compiler does no escape analysis) and no tree bins.
 *
 * <p>Of several finds, {@link #find} names the secret of the one that starts first; of those
 * starting at the same byte, the longest; then the first secret given (in its first form).
 *
 * <p>A secret that is part of a public text (the unpublished "Highland Café" inside the published
 * "The Highland Café") is not a leak where it stands inside that public text: such a public text
 * "shadows" the secret, and a find it covers is ignored.
 */
final class SecretMatcher {
    private static final byte[] LOWER = new byte[256];
    /** Fibonacci hashing: the top bits of window * 2^64 / phi depend on every bit of the window. */
    private static final long FIBONACCI = 0x9E3779B97F4A7C15L;
    private static final long WINDOW7 = 0xff_ffff_ffff_ffffL;
    /**
     * Filter bits per distinct anchor (their count rounded up to a power of two): 256 KB for a
     * 10,000-profile site's 24,000 7-byte anchors, within L2. Measured with one 8-byte anchor a
     * pattern on that site's HTML: 16 bits let 3.7% of windows through to the table (0.5% are true
     * anchors) and scanned 242 MB in 1.6 s, 64 bits 1.5% in 1.0 s, 256 bits 0.7% in 1.1 s.
     */
    private static final int FILTER_BITS_PER_ANCHOR = 64;

    static {
        for (int b = 0; b < 256; b++) LOWER[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
    }

    private record Shadow(byte[] bytes, int offset) {}

    /** order: the pattern's rank among all patterns. */
    private static final class Pattern {
        final byte[] bytes;
        final String secret;
        final int order;
        final List<Shadow> shadows = new ArrayList<>();

        Pattern(byte[] bytes, String secret, int order) {
            this.bytes = bytes;
            this.secret = secret;
            this.order = order;
        }
    }

    /**
     * The patterns of one anchor width: a bit filter on the hashed window, and an open-addressing
     * table, at most half full, from the exact window to a run of entries in flat arrays: a pattern,
     * the offset of the anchor in it, and whether that is its first anchor (a pattern of 8 bytes
     * or more has two entries).
     */
    private static final class Index {
        final int width;
        final long[] filter;
        final int filterShift;
        final long[] keys;
        /** The run of patterns of a slot's key: from[slot] until to[slot]; to[slot] == 0 marks a free slot. */
        final int[] from;
        final int[] to;
        final int tableShift;
        final int tableMask;
        final Pattern[] patterns;
        final int[] offsets;
        final boolean[] first;
        final int maxAnchor;

        Index(int width, List<Pattern> patterns, List<Integer> offsets, List<Boolean> first, List<Long> anchorKeys) {
            this.width = width;
            Map<Long, Integer> groups = new LinkedHashMap<>();
            for (Long key : anchorKeys) groups.putIfAbsent(key, groups.size());
            int distinct = Math.max(1, groups.size());
            int tableBits = Math.max(2, 64 - Long.numberOfLeadingZeros(distinct - 1) + 1);
            int filterBits = Math.max(12, Math.min(24, 64 - Long.numberOfLeadingZeros(distinct - 1)
                    + Integer.numberOfTrailingZeros(FILTER_BITS_PER_ANCHOR)));
            filter = new long[(1 << filterBits) / 64];
            filterShift = 64 - filterBits;
            keys = new long[1 << tableBits];
            from = new int[1 << tableBits];
            to = new int[1 << tableBits];
            tableShift = 64 - tableBits;
            tableMask = (1 << tableBits) - 1;
            int[] counts = new int[groups.size() + 1];
            for (Long key : anchorKeys) counts[groups.get(key) + 1]++;
            for (int g = 0; g < groups.size(); g++) counts[g + 1] += counts[g];
            int[] groupStart = counts.clone();
            this.patterns = new Pattern[patterns.size()];
            this.offsets = new int[patterns.size()];
            this.first = new boolean[patterns.size()];
            int maxAnchor = 0;
            for (int p = 0; p < patterns.size(); p++) {
                int at = counts[groups.get(anchorKeys.get(p))]++;
                this.patterns[at] = patterns.get(p);
                this.offsets[at] = offsets.get(p);
                this.first[at] = first.get(p);
                maxAnchor = Math.max(maxAnchor, offsets.get(p));
            }
            this.maxAnchor = maxAnchor;
            groups.forEach((key, g) -> {
                long h = key * FIBONACCI;
                int bit = (int) (h >>> filterShift);
                filter[bit >>> 6] |= 1L << bit;
                int slot = (int) (h >>> tableShift);
                while (to[slot] != 0) slot = (slot + 1) & tableMask;
                keys[slot] = key;
                from[slot] = groupStart[g];
                to[slot] = groupStart[g + 1];
            });
        }

        /** The table slot of key, whose product with FIBONACCI is h, or -1. */
        int slot(long key, long h) {
            int slot = (int) (h >>> tableShift);
            while (true) {
                if (to[slot] == 0) return -1;
                if (keys[slot] == key) return slot;
                slot = (slot + 1) & tableMask;
            }
        }

        long key(byte[] data, int at) {
            return width == 7 ? window7(data, at) : window4(data, at);
        }
    }

    /** Patterns of 8 bytes or more, by two 7-byte anchors one byte apart. */
    private final Index longs;
    /** Patterns of 4 to 7 bytes, by a 4-byte anchor; null when there are none. */
    private final Index shorts;
    private final int patternCount;
    private int longest;

    SecretMatcher(Set<String> secrets) {
        this(secrets, Set.of());
    }

    SecretMatcher(Set<String> secrets, Set<String> publicTexts) {
        List<byte[]> patternBytes = new ArrayList<>();
        List<String> patternSecrets = new ArrayList<>();
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                byte[] bytes = lower(form.getBytes(StandardCharsets.UTF_8));
                if (bytes.length >= 4) {
                    patternBytes.add(bytes);
                    patternSecrets.add(secret);
                }
                longest = Math.max(longest, bytes.length);
            }
        }
        patternCount = patternBytes.size();
        WindowCounts counts4 = new WindowCounts();
        WindowCounts counts7 = new WindowCounts();
        for (byte[] bytes : patternBytes) {
            for (int i = 0; i + 4 <= bytes.length; i++) counts4.add(window4(bytes, i));
            if (bytes.length >= 8) for (int i = 0; i + 7 <= bytes.length; i++) counts7.add(window7(bytes, i));
        }
        Entries longEntries = new Entries();
        Entries shortEntries = new Entries();
        for (int p = 0; p < patternCount; p++) {
            byte[] bytes = patternBytes.get(p);
            Pattern pattern = new Pattern(bytes, patternSecrets.get(p), p);
            if (bytes.length >= 8) {
                int anchor = rarestPair(bytes, counts7);
                longEntries.add(pattern, anchor, true, window7(bytes, anchor));
                longEntries.add(pattern, anchor + 1, false, window7(bytes, anchor + 1));
            } else {
                int anchor = rarestWindow(bytes, counts4);
                shortEntries.add(pattern, anchor, true, window4(bytes, anchor));
            }
        }
        longs = longEntries.index(7);
        shorts = shortEntries.patterns.isEmpty() ? null : shortEntries.index(4);
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
    int longest() {
        return longest;
    }

    /** How many times each window occurs among the patterns: an open-addressing table of longs. */
    private static final class WindowCounts {
        private long[] keys = new long[1 << 10];
        private int[] counts = new int[1 << 10];
        private int size;

        void add(long key) {
            int slot = slot(key);
            if (counts[slot] == 0) {
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    counts[slot] = 1;
                    grow();
                    return;
                }
            }
            counts[slot]++;
        }

        int get(long key) {
            return counts[slot(key)];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key * FIBONACCI) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
            while (counts[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] == 0) continue;
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** Index entries being gathered. */
    private static final class Entries {
        final List<Pattern> patterns = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();
        final List<Boolean> first = new ArrayList<>();
        final List<Long> keys = new ArrayList<>();

        void add(Pattern pattern, int offset, boolean isFirst, long key) {
            patterns.add(pattern);
            offsets.add(offset);
            first.add(isFirst);
            keys.add(key);
        }

        Index index(int width) {
            return new Index(width, patterns, offsets, first, keys);
        }
    }

    private static int rarestWindow(byte[] bytes, WindowCounts counts) {
        int best = 0;
        int bestCount = counts.get(window4(bytes, 0));
        for (int i = 1; i + 4 <= bytes.length; i++) {
            int count = counts.get(window4(bytes, i));
            if (count < bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /** The offset of the two 7-byte windows one byte apart that are rarest together among the patterns. */
    private static int rarestPair(byte[] bytes, WindowCounts counts) {
        int best = 0;
        long bestCount = Long.MAX_VALUE;
        long next = counts.get(window7(bytes, 0));
        for (int i = 0; i + 8 <= bytes.length; i++) {
            long count = next;
            next = counts.get(window7(bytes, i + 1));
            if (count + next < bestCount) {
                best = i;
                bestCount = count + next;
            }
        }
        return best;
    }

    /** Notes every place where a pattern, of either anchor width, occurs in a public text. */
    private void addShadows(byte[] publicText) {
        for (Index index : new Index[] {longs, shorts}) {
            if (index == null) continue;
            for (int i = 0; i + index.width <= publicText.length; i++) {
                long key = index.key(publicText, i);
                int slot = index.slot(key, key * FIBONACCI);
                if (slot < 0) continue;
                for (int k = index.from[slot]; k < index.to[slot]; k++) {
                    if (!index.first[k]) continue; // the same place, by its other anchor
                    Pattern pattern = index.patterns[k];
                    int start = i - index.offsets[k];
                    if (matchesAt(publicText, start, pattern.bytes)) pattern.shadows.add(new Shadow(publicText, start));
                }
            }
        }
    }

    private static boolean covered(byte[] data, int at, Pattern pattern) {
        for (Shadow shadow : pattern.shadows) {
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

    /** The secret found in data (see the class comment for which, of several), or null. */
    String find(byte[] data) {
        int n = data.length;
        if (patternCount == 0 || n < 4) return null;
        Index longs = this.longs;
        long[] longFilter = longs.filter;
        int longShift = longs.filterShift;
        Index shorts = this.shorts;
        long[] shortFilter = shorts == null ? null : shorts.filter;
        int shortShift = shorts == null ? 0 : shorts.filterShift;
        long window = 0;
        if (shortFilter == null) {
            // The usual case, and the hot loop of the privacy check: every secret has 8 bytes or
            // more, so one of its two anchors ends at an even byte; two bytes a step.
            if (n < 7) return null;
            for (int e = 0; e < 5; e++) window = window << 8 | (LOWER[data[e] & 0xff] & 0xff);
            for (int e = 6; e < n; e += 2) {
                window = window << 16 | (LOWER[data[e - 1] & 0xff] & 0xff) << 8 | (LOWER[data[e] & 0xff] & 0xff);
                long key = window & WINDOW7;
                long h = key * FIBONACCI;
                int bit = (int) (h >>> longShift);
                if ((longFilter[bit >>> 6] & (1L << bit)) != 0 && firstFind(longs, data, key, h, e - 6) != null) {
                    return leftmost(data, e);
                }
            }
            return null;
        }
        for (int e = 0; e < n; e++) {
            window = window << 8 | (LOWER[data[e] & 0xff] & 0xff);
            if (e >= 6 && (e & 1) == 0) {
                long key = window & WINDOW7;
                long h = key * FIBONACCI;
                int bit = (int) (h >>> longShift);
                if ((longFilter[bit >>> 6] & (1L << bit)) != 0 && firstFind(longs, data, key, h, e - 6) != null) {
                    return leftmost(data, e);
                }
            }
            if (e >= 3) {
                long key = window & 0xffffffffL;
                long h = key * FIBONACCI;
                int bit = (int) (h >>> shortShift);
                if ((shortFilter[bit >>> 6] & (1L << bit)) != 0 && firstFind(shorts, data, key, h, e - 3) != null) {
                    return leftmost(data, e);
                }
            }
        }
        return null;
    }

    String find(String text) {
        return find(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first pattern anchored by key at position at that is found there and not covered, or null. */
    private static Pattern firstFind(Index index, byte[] data, long key, long h, int at) {
        int slot = index.slot(key, h);
        if (slot < 0) return null;
        for (int k = index.from[slot], to = index.to[slot]; k < to; k++) {
            Pattern pattern = index.patterns[k];
            int start = at - index.offsets[k];
            if (matchesAt(data, start, pattern.bytes) && !covered(data, start, pattern)) return pattern;
        }
        return null;
    }

    /**
     * Given that the first window to reveal a find ends at byte end, the secret of the find that
     * starts first, then is longest, then comes first: any find starting no later than the best so
     * far has an anchor within the longest anchor offset of that start that ends at or after end.
     */
    private String leftmost(byte[] data, int end) {
        Pattern best = null;
        int bestStart = Integer.MAX_VALUE;
        for (int e = end; e < data.length && e <= (long) bestStart + Math.max(longs.maxAnchor + 6,
                shorts == null ? 0 : shorts.maxAnchor + 3); e++) {
            for (Index index : new Index[] {longs, shorts}) {
                if (index == null || e + 1 < index.width) continue;
                int at = e + 1 - index.width;
                long key = index.key(data, at);
                int slot = index.slot(key, key * FIBONACCI);
                if (slot < 0) continue;
                for (int k = index.from[slot]; k < index.to[slot]; k++) {
                    Pattern pattern = index.patterns[k];
                    int start = at - index.offsets[k];
                    if (!matchesAt(data, start, pattern.bytes) || covered(data, start, pattern)) continue;
                    if (best == null || start < bestStart || start == bestStart && (pattern.bytes.length > best.bytes.length
                            || pattern.bytes.length == best.bytes.length && pattern.order < best.order)) {
                        best = pattern;
                        bestStart = start;
                    }
                }
            }
        }
        return best.secret;
    }

    private static boolean matchesAt(byte[] data, int at, byte[] pattern) {
        return at >= 0 && at + pattern.length <= data.length && matchesFully(data, at, pattern);
    }

    private static long window4(byte[] data, int at) {
        return (lower(data[at]) & 0xffL) << 24 | (lower(data[at + 1]) & 0xff) << 16
                | (lower(data[at + 2]) & 0xff) << 8 | (lower(data[at + 3]) & 0xff);
    }

    private static long window7(byte[] data, int at) {
        return window4(data, at) << 24 | window4(data, at + 3) & 0xffffff;
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
