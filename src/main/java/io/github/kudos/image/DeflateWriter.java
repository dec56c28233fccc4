package io.github.kudos.image;

import java.util.Arrays;

/**
 * Raw deflate (RFC 1951) of literals and matches chosen by the caller: no search for matches here.
 * Tokens are held in blocks of {@link #BLOCK_TOKENS}; each block gets Huffman codes made for its
 * own symbol counts (a dynamic block), so a block of flat colour and one of text each cost little.
 */
final class DeflateWriter {
    static final int MAX_DISTANCE = 32768;
    static final int MIN_MATCH = 3;
    static final int BLOCK_TOKENS = 1 << 15;
    private static final int MAX_MATCH = 258;
    private static final int END_OF_BLOCK = 256;
    private static final int LENGTH_SYMBOLS = 286;
    private static final int DISTANCE_SYMBOLS = 30;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    /** The order code-length code lengths are sent in: the often unused ones last, where they can be left off. */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] LENGTH_CODE = new int[MAX_MATCH + 1];

    static {
        for (int code = 0; code < LENGTH_BASE.length; code++) {
            for (int length = LENGTH_BASE[code]; length <= MAX_MATCH; length++) LENGTH_CODE[length] = code;
        }
    }

    /** A token: a literal byte (length 0), or distance code << 25 | length << 16 | distance. */
    private final int[] tokens = new int[BLOCK_TOKENS];
    private int count;
    private final int[] lengthFrequencies = new int[LENGTH_SYMBOLS];
    private final int[] distanceFrequencies = new int[DISTANCE_SYMBOLS];
    private final Bits bits;

    /** Appends to out from its length on. */
    DeflateWriter(Bits out) {
        this.bits = out;
    }

    void literal(int value) {
        if (count == BLOCK_TOKENS) block(false);
        tokens[count++] = value;
        lengthFrequencies[value]++;
    }

    /** The bytes of a pixel as literals, red, green, blue (and alpha): one call instead of three or four. */
    void pixel(int pixel, boolean alpha) {
        if (count + 4 > BLOCK_TOKENS) { // one at a time, so the block ends where it always did
            literal(pixel >>> 16 & 0xff);
            literal(pixel >>> 8 & 0xff);
            literal(pixel & 0xff);
            if (alpha) literal(pixel >>> 24);
            return;
        }
        int[] tokens = this.tokens;
        int[] frequencies = lengthFrequencies;
        int n = count;
        int red = pixel >>> 16 & 0xff;
        int green = pixel >>> 8 & 0xff;
        int blue = pixel & 0xff;
        tokens[n] = red;
        tokens[n + 1] = green;
        tokens[n + 2] = blue;
        frequencies[red]++;
        frequencies[green]++;
        frequencies[blue]++;
        if (alpha) {
            tokens[n + 3] = pixel >>> 24;
            frequencies[pixel >>> 24]++;
            n++;
        }
        count = n + 3;
    }

    /** Repeats the length bytes that start distance bytes back; length at least {@link #MIN_MATCH}. */
    void match(int length, int distance) {
        int code = distanceCode(distance);
        for (int left = length; left > 0; ) {
            // every match needs at least 3 bytes, so never leave 1 or 2 for the last one
            int piece = left > MAX_MATCH ? Math.min(MAX_MATCH, left - MIN_MATCH) : left;
            if (count == BLOCK_TOKENS) block(false);
            tokens[count++] = code << 25 | piece << 16 | distance;
            lengthFrequencies[257 + LENGTH_CODE[piece]]++;
            distanceFrequencies[code]++;
            left -= piece;
        }
    }

    /** Writes the last block and pads the stream to a whole byte. */
    void finish() {
        block(true);
        bits.align();
    }

    private void block(boolean last) {
        lengthFrequencies[END_OF_BLOCK]++;
        atLeastTwo(lengthFrequencies);
        atLeastTwo(distanceFrequencies);
        int[] lengthLengths = HuffmanCode.lengths(lengthFrequencies, 15);
        int[] distanceLengths = HuffmanCode.lengths(distanceFrequencies, 15);
        bits.put(last ? 0b101 : 0b100, 3); // final or not; dynamic codes
        header(lengthLengths, distanceLengths);
        symbols(lengthLengths, HuffmanCode.codes(lengthLengths), distanceLengths, HuffmanCode.codes(distanceLengths));
        count = 0;
        Arrays.fill(lengthFrequencies, 0);
        Arrays.fill(distanceFrequencies, 0);
    }

    /**
     * zlib refuses an incomplete code (except a lone one-bit code), and a code of one symbol is
     * incomplete: give a second symbol a code it will not use.
     */
    private static void atLeastTwo(int[] frequencies) {
        int used = (int) Arrays.stream(frequencies).filter(frequency -> frequency > 0).count();
        for (int symbol = 0; used < 2; symbol++) {
            if (frequencies[symbol] == 0) {
                frequencies[symbol] = 1;
                used++;
            }
        }
    }

    /** The block header: the code lengths of both codes, run-length coded with a code of their own. */
    private void header(int[] lengthLengths, int[] distanceLengths) {
        int lengthCount = Math.max(257, used(lengthLengths));
        int distanceCount = Math.max(1, used(distanceLengths));
        int[] all = new int[lengthCount + distanceCount];
        System.arraycopy(lengthLengths, 0, all, 0, lengthCount);
        System.arraycopy(distanceLengths, 0, all, lengthCount, distanceCount);
        int[] runs = runLengths(all);
        int[] frequencies = new int[19];
        for (int run : runs) frequencies[run & 0xff]++;
        atLeastTwo(frequencies);
        int[] codeLengths = HuffmanCode.lengths(frequencies, 7);
        int[] codes = HuffmanCode.codes(codeLengths);
        int sent = CODE_LENGTH_ORDER.length;
        while (sent > 4 && codeLengths[CODE_LENGTH_ORDER[sent - 1]] == 0) sent--;
        bits.put(lengthCount - 257, 5);
        bits.put(distanceCount - 1, 5);
        bits.put(sent - 4, 4);
        for (int i = 0; i < sent; i++) bits.put(codeLengths[CODE_LENGTH_ORDER[i]], 3);
        for (int run : runs) {
            int symbol = run & 0xff;
            bits.put(codes[symbol], codeLengths[symbol]);
            if (symbol >= 16) bits.put(run >>> 16, symbol == 16 ? 2 : symbol == 17 ? 3 : 7);
        }
    }

    /**
     * The block's tokens, the bit buffer held in locals rather than a call to {@link Bits#put} per
     * code: C1 (the launcher's JIT) does not inline put, and this loop was a third of encoding.
     */
    private void symbols(int[] lengthLengths, int[] lengthCodes, int[] distanceLengths, int[] distanceCodes) {
        // what each literal (0-255) and each match length (256 + 3-258) sends: its bits | their count << 24
        int[] sent = new int[256 + MAX_MATCH + 1];
        for (int literal = 0; literal < 256; literal++) sent[literal] = lengthCodes[literal] | lengthLengths[literal] << 24;
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            int code = LENGTH_CODE[length];
            int symbol = 257 + code;
            sent[256 + length] = lengthCodes[symbol] | (length - LENGTH_BASE[code]) << lengthLengths[symbol]
                    | (lengthLengths[symbol] + LENGTH_EXTRA[code]) << 24;
        }
        bits.room(6L * count + 8); // a token takes at most 15 + 5 + 15 + 13 bits
        byte[] out = bits.out;
        int at = bits.length;
        long buffer = bits.buffer;
        int filled = bits.count;
        int[] tokens = this.tokens;
        for (int i = 0, n = count; i < n; i++) {
            int token = tokens[i];
            int length = token >>> 16 & 0x1ff;
            int code = sent[length == 0 ? token : 256 + length];
            buffer |= (long) (code & 0xffffff) << filled;
            filled += code >>> 24;
            if (length != 0) {
                if (filled >= 32) {
                    write(out, at, buffer);
                    at += 4;
                    buffer >>>= 32;
                    filled -= 32;
                }
                int d = token >>> 25;
                buffer |= (long) (distanceCodes[d] | ((token & 0xffff) - DISTANCE_BASE[d]) << distanceLengths[d]) << filled;
                filled += distanceLengths[d] + (d < 4 ? 0 : d / 2 - 1);
            }
            if (filled >= 32) {
                write(out, at, buffer);
                at += 4;
                buffer >>>= 32;
                filled -= 32;
            }
        }
        bits.length = at;
        bits.buffer = buffer;
        bits.count = filled;
        bits.put(lengthCodes[END_OF_BLOCK], lengthLengths[END_OF_BLOCK]);
    }

    private static void write(byte[] out, int at, long buffer) {
        out[at] = (byte) buffer;
        out[at + 1] = (byte) (buffer >>> 8);
        out[at + 2] = (byte) (buffer >>> 16);
        out[at + 3] = (byte) (buffer >>> 24);
    }

    /**
     * The code lengths as symbols of the code-length alphabet (symbol | extra bits << 16): 16 repeats
     * the previous length 3-6 times, 17 and 18 give 3-10 and 11-138 zeros.
     */
    private static int[] runLengths(int[] lengths) {
        int[] runs = new int[lengths.length];
        int n = 0;
        for (int i = 0; i < lengths.length; ) {
            int length = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == length) run++;
            i += run;
            if (length == 0) {
                for (; run >= 11; run -= Math.min(run, 138)) runs[n++] = 18 | (Math.min(run, 138) - 11) << 16;
                if (run >= 3) {
                    runs[n++] = 17 | (run - 3) << 16;
                    run = 0;
                }
            } else {
                runs[n++] = length;
                for (run--; run >= 3; run -= Math.min(run, 6)) runs[n++] = 16 | (Math.min(run, 6) - 3) << 16;
            }
            for (; run > 0; run--) runs[n++] = length;
        }
        return Arrays.copyOf(runs, n);
    }

    /** How many symbols up to the last one with a code. */
    private static int used(int[] lengths) {
        int n = lengths.length;
        while (n > 0 && lengths[n - 1] == 0) n--;
        return n;
    }

    static int distanceCode(int distance) {
        int x = distance - 1;
        if (x < 4) return x;
        int log = 31 - Integer.numberOfLeadingZeros(x);
        return 2 * log + (x >>> (log - 1) & 1);
    }

    /** A deflate bit stream into a growing byte array: values least significant bit first. */
    static final class Bits {
        private byte[] out;
        private int length;
        private long buffer;
        private int count;

        Bits(int size) {
            out = new byte[Math.max(64, size)];
        }

        void put(int value, int width) {
            buffer |= (long) value << count;
            count += width;
            if (count >= 32) {
                room(4);
                out[length] = (byte) buffer;
                out[length + 1] = (byte) (buffer >>> 8);
                out[length + 2] = (byte) (buffer >>> 16);
                out[length + 3] = (byte) (buffer >>> 24);
                length += 4;
                buffer >>>= 32;
                count -= 32;
            }
        }

        /** Whole bytes from here on: the bits written so far are padded with zeros. */
        void align() {
            while (count > 0) {
                room(1);
                out[length++] = (byte) buffer;
                buffer >>>= 8;
                count = Math.max(0, count - 8);
            }
            buffer = 0;
        }

        /** Appends whole bytes; only after {@link #align}. */
        void bytes(int... values) {
            room(values.length);
            for (int value : values) out[length++] = (byte) value;
        }

        void room(long bytes) {
            if (out.length - length < bytes) out = Arrays.copyOf(out, (int) Math.max(out.length * 2L, length + bytes));
        }

        byte[] out() {
            return out;
        }

        int length() {
            return length;
        }
    }
}
