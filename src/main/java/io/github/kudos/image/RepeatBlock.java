package io.github.kudos.image;

/**
 * A deflate block (RFC 1951, fixed Huffman codes) that repeats the last distance bytes of the
 * stream count times, followed by an empty stored block so the stream is byte-aligned again.
 * zlib costs the same per byte whether a row repeats or not; this block costs nothing per byte.
 */
final class RepeatBlock {
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    static final int MAX_DISTANCE = 32768;
    private static final int MAX_LENGTH = 258;

    private final Bits bits;

    private RepeatBlock(Bits bits) {
        this.bits = bits;
    }

    /** Appends the blocks to out from length on; returns the new length. out must have room (see {@link #maxSize}). */
    static int write(byte[] out, int length, int distance, long count) {
        Bits bits = new Bits(out, length);
        new RepeatBlock(bits).repeat(distance, count * distance);
        return bits.close();
    }

    /** An upper bound of the bytes {@link #write} appends. */
    static long maxSize(int distance, long count) {
        return (count * distance / (MAX_LENGTH - 3) + 2) * 4 + 16; // a match takes at most 31 bits
    }

    private void repeat(int distance, long bytes) {
        bits.put(0b010, 3); // not final, fixed Huffman codes
        for (long left = bytes; left > 0; ) {
            // every match needs at least 3 bytes, so never leave 1 or 2 for the last one
            int length = left > MAX_LENGTH ? (int) Math.min(MAX_LENGTH, left - 3) : (int) left;
            match(length, distance);
            left -= length;
        }
        bits.code(0, 7); // end of block: symbol 256
        bits.put(0b000, 3); // not final, stored; then LEN 0 and NLEN 0xffff from the next byte
        bits.align();
        bits.put(0xffff0000, 32);
    }

    private void match(int length, int distance) {
        int code = code(LENGTH_BASE, length);
        int symbol = 257 + code;
        if (symbol < 280) bits.code(symbol - 256, 7);
        else bits.code(0b11000000 + symbol - 280, 8);
        bits.put(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
        int d = code(DISTANCE_BASE, distance);
        bits.code(d, 5);
        bits.put(distance - DISTANCE_BASE[d], Math.max(0, d / 2 - 1));
    }

    /** The last index whose base is at most value. */
    private static int code(int[] bases, int value) {
        int i = bases.length - 1;
        while (bases[i] > value) i--;
        return i;
    }

    /** A deflate bit stream: values least significant bit first, Huffman codes most significant bit first. */
    private static final class Bits {
        private final byte[] out;
        private int length;
        private long buffer;
        private int count;

        Bits(byte[] out, int length) {
            this.out = out;
            this.length = length;
        }

        void code(int code, int width) {
            put(Integer.reverse(code) >>> (32 - width), width);
        }

        void put(int value, int width) {
            buffer |= (value & 0xffffffffL & ((1L << width) - 1)) << count;
            count += width;
            while (count >= 8) {
                out[length++] = (byte) buffer;
                buffer >>>= 8;
                count -= 8;
            }
        }

        void align() {
            if (count > 0) put(0, 8 - count);
        }

        int close() {
            align();
            return length;
        }
    }
}
