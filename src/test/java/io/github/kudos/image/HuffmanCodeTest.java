package io.github.kudos.image;

import org.junit.jupiter.api.Test;

import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Length-limited canonical Huffman codes: complete, prefix-free, within the limit, and optimal. */
class HuffmanCodeTest {
    @Test
    void simpleFrequenciesGiveTheTextbookLengths() {
        assertThat(HuffmanCode.lengths(new int[] {1, 1, 2, 4}, 15)).containsExactly(3, 3, 2, 1);
        assertThat(HuffmanCode.lengths(new int[] {5, 5, 5, 5}, 15)).containsExactly(2, 2, 2, 2);
        assertThat(HuffmanCode.lengths(new int[] {0, 7, 0, 3}, 15)).containsExactly(0, 1, 0, 1);
        assertThat(HuffmanCode.lengths(new int[] {0, 9, 0}, 15)).as("a lone symbol").containsExactly(0, 1, 0);
        assertThat(HuffmanCode.lengths(new int[] {0, 0}, 15)).containsExactly(0, 0);
    }

    @Test
    void theCanonicalCodesAreRfc1951sExample() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111
        int[] codes = HuffmanCode.codes(new int[] {3, 3, 3, 3, 3, 2, 4, 4});
        int[] expected = {0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111};
        int[] lengths = {3, 3, 3, 3, 3, 2, 4, 4};
        for (int i = 0; i < codes.length; i++) {
            assertThat(codes[i]).as("symbol %d, sent first bit first", i)
                    .isEqualTo(Integer.reverse(expected[i]) >>> (32 - lengths[i]));
        }
    }

    @Test
    void fibonacciFrequenciesAreCutToTheLimitAndStayComplete() {
        // Fibonacci counts make the deepest unlimited Huffman tree: 30 symbols would need 29 bits
        int[] frequencies = new int[30];
        frequencies[0] = 1;
        frequencies[1] = 1;
        for (int i = 2; i < frequencies.length; i++) frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        for (int limit : new int[] {7, 15}) {
            int[] lengths = HuffmanCode.lengths(frequencies, limit);
            assertThat(lengths).doesNotContain(0).contains(limit);
            assertThat(maxLength(lengths)).isEqualTo(limit);
            assertThat(kraft(lengths)).isEqualTo(1.0);
            assertPrefixFree(lengths);
            assertThat(lengths[29]).as("the most frequent symbol keeps a short code").isLessThanOrEqualTo(2);
        }
    }

    @Test
    void randomFrequenciesGiveCompletePrefixFreeCodesOfOptimalCost() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            int[] frequencies = new int[2 + random.nextInt(300)];
            for (int i = 0; i < frequencies.length; i++) {
                frequencies[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(1 << random.nextInt(16));
            }
            frequencies[random.nextInt(frequencies.length)] = 1;
            frequencies[0] = 1 + random.nextInt(100);
            int limit = round % 2 == 0 ? 15 : 9;
            int[] lengths = HuffmanCode.lengths(frequencies, limit);
            for (int i = 0; i < frequencies.length; i++) {
                assertThat(lengths[i] > 0).as("symbol %d has a code exactly when it is used", i).isEqualTo(frequencies[i] > 0);
                assertThat(lengths[i]).isLessThanOrEqualTo(limit);
            }
            assertThat(kraft(lengths)).isEqualTo(1.0);
            assertPrefixFree(lengths);
            long cost = cost(frequencies, lengths);
            long optimal = limitedCost(frequencies, limit);
            assertThat(cost).as("round %d, limited to %d bits", round, limit).isEqualTo(optimal);
            if (maxLength(lengths) < limit) assertThat(cost).as("round %d", round).isEqualTo(huffmanCost(frequencies));
        }
    }

    private static double kraft(int[] lengths) {
        double sum = 0;
        for (int length : lengths) if (length > 0) sum += Math.pow(2, -length);
        return sum;
    }

    private static void assertPrefixFree(int[] lengths) {
        int[] codes = HuffmanCode.codes(lengths);
        for (int a = 0; a < lengths.length; a++) {
            for (int b = 0; b < lengths.length; b++) {
                if (a == b || lengths[a] == 0 || lengths[b] == 0 || lengths[a] > lengths[b]) continue;
                int mask = (1 << lengths[a]) - 1; // codes are bit-reversed: a prefix is in the low bits
                assertThat(codes[b] & mask).as("code %d is a prefix of code %d", a, b).isNotEqualTo(codes[a]);
            }
        }
    }

    private static long cost(int[] frequencies, int[] lengths) {
        long cost = 0;
        for (int i = 0; i < frequencies.length; i++) cost += (long) frequencies[i] * lengths[i];
        return cost;
    }

    private static int maxLength(int[] lengths) {
        int max = 0;
        for (int length : lengths) max = Math.max(max, length);
        return max;
    }

    /**
     * The cost of the best code of at most limit bits, by package-merge (Larmore and Hirschberg):
     * a symbol's length is how many of the 2n-2 lightest items at the last level hold it.
     */
    private static long limitedCost(int[] frequencies, int limit) {
        record Item(long weight, int[] counts) {}
        java.util.List<Item> leaves = new java.util.ArrayList<>();
        for (int i = 0; i < frequencies.length; i++) {
            if (frequencies[i] == 0) continue;
            int[] counts = new int[frequencies.length];
            counts[i] = 1;
            leaves.add(new Item(frequencies[i], counts));
        }
        leaves.sort(java.util.Comparator.comparingLong(Item::weight));
        java.util.List<Item> items = leaves;
        for (int level = 1; level < limit; level++) {
            java.util.List<Item> merged = new java.util.ArrayList<>(leaves);
            for (int i = 0; i + 1 < items.size(); i += 2) {
                int[] counts = items.get(i).counts().clone();
                for (int s = 0; s < counts.length; s++) counts[s] += items.get(i + 1).counts()[s];
                merged.add(new Item(items.get(i).weight() + items.get(i + 1).weight(), counts));
            }
            merged.sort(java.util.Comparator.comparingLong(Item::weight));
            items = merged;
        }
        long cost = 0;
        for (Item item : items.subList(0, 2 * leaves.size() - 2)) {
            for (int s = 0; s < frequencies.length; s++) cost += (long) item.counts()[s] * frequencies[s];
        }
        return cost;
    }

    /** The cost of an unlimited Huffman code: the sum of the weights of every merge. */
    private static long huffmanCost(int[] frequencies) {
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (int frequency : frequencies) if (frequency > 0) queue.add((long) frequency);
        long cost = 0;
        while (queue.size() > 1) {
            long merged = queue.poll() + queue.poll();
            cost += merged;
            queue.add(merged);
        }
        return cost;
    }
}
