package io.github.kudos.image;

import java.util.Arrays;

/**
 * Canonical Huffman codes (RFC 1951, 3.2.2) from symbol frequencies, no code longer than a limit.
 * Deflate allows 15 bits (7 for the code-length code), and a plain Huffman code of skewed
 * frequencies can be deeper, so the lengths come from package-merge (Larmore and Hirschberg):
 * the cheapest code within the limit, and the plain Huffman code's cost when the limit allows it.
 */
final class HuffmanCode {
    private HuffmanCode() {}

    /**
     * The code length of each symbol: 0 for a symbol of frequency 0, 1 for a lone symbol, otherwise a
     * complete prefix code (Kraft sum 1) with lengths at most limit. Needs at most 2^limit symbols.
     */
    static int[] lengths(int[] frequencies, int limit) {
        int[] symbols = used(frequencies);
        int n = symbols.length;
        int[] lengths = new int[frequencies.length];
        if (n == 1) lengths[symbols[0]] = 1;
        if (n < 2) return lengths;
        if (n > 1 << limit) throw new IllegalArgumentException(n + " symbols need more than " + limit + " bits");
        // each level: the symbols and the pairs of the level before, lightest first; ~p is pair p
        long[] leaves = new long[n];
        for (int leaf = 0; leaf < n; leaf++) leaves[leaf] = frequencies[symbols[leaf]];
        int[][] items = new int[limit][];
        long[] weights = new long[0];
        for (int level = 0; level < limit; level++) {
            int pairs = weights.length / 2;
            long[] merged = new long[n + pairs];
            int[] row = new int[n + pairs];
            for (int i = 0, leaf = 0, pair = 0; i < merged.length; i++) {
                long pairWeight = pair < pairs ? weights[2 * pair] + weights[2 * pair + 1] : Long.MAX_VALUE;
                if (leaf < n && leaves[leaf] <= pairWeight) {
                    merged[i] = leaves[leaf];
                    row[i] = leaf++;
                } else {
                    merged[i] = pairWeight;
                    row[i] = ~pair++;
                }
            }
            items[level] = row;
            weights = merged;
        }
        // a symbol's length is how many of the 2n - 2 lightest items of the last level hold it; pairs
        // come in order, so the pairs among a level's first items are made of the level below's first items
        for (int level = limit - 1, taken = 2 * n - 2; level >= 0; level--) {
            int pairs = 0;
            for (int i = 0; i < taken; i++) {
                int ref = items[level][i];
                if (ref >= 0) lengths[symbols[ref]]++;
                else pairs++;
            }
            taken = 2 * pairs;
        }
        return lengths;
    }

    /** Canonical codes for the lengths, bit-reversed, since deflate sends a code's first bit first. */
    static int[] codes(int[] lengths) {
        int max = Arrays.stream(lengths).max().orElse(0);
        int[] perLength = new int[max + 1];
        for (int length : lengths) perLength[length]++;
        perLength[0] = 0;
        int[] next = new int[max + 2];
        for (int length = 1, code = 0; length <= max; length++) {
            code = (code + perLength[length - 1]) << 1;
            next[length] = code;
        }
        int[] codes = new int[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            int length = lengths[symbol];
            if (length > 0) codes[symbol] = Integer.reverse(next[length]++) >>> (32 - length);
        }
        return codes;
    }

    /** The symbols of non-zero frequency, rarest first (ties: the lower symbol first). */
    private static int[] used(int[] frequencies) {
        long[] keyed = new long[frequencies.length];
        int count = 0;
        for (int symbol = 0; symbol < frequencies.length; symbol++) {
            if (frequencies[symbol] > 0) keyed[count++] = (long) frequencies[symbol] << 32 | symbol;
        }
        long[] sorted = Arrays.copyOf(keyed, count);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).mapToInt(key -> (int) key).toArray();
    }
}
