package io.github.kudos.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as UTF-8 bytes while it is rendered: each write is encoded as it comes, and markup that
 * is already bytes (a cached fragment) is copied in as it is. A list page of 9,000 profile cards
 * (5 MB) spent half its render growing a StringWriter and encoding it at the end. Not thread-safe.
 * The bytes are those of String.getBytes(UTF_8) on everything written: a surrogate pair split
 * across two writes is joined, a lone surrogate becomes '?'.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, waiting for its pair. */
    private char pending;
    private boolean done;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(String text) {
        if (text.isEmpty()) return;
        if (pending != 0 || Character.isSurrogate(text.charAt(0)) || Character.isSurrogate(text.charAt(text.length() - 1))) {
            joined(text);
        } else {
            append(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        write(text.substring(offset, offset + length));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    /** Text whose UTF-8 bytes are known already (a cached fragment): they are copied as they are. */
    void write(String text, byte[] utf8) {
        if (text.isEmpty() || pending != 0 || Character.isSurrogate(text.charAt(0))
                || Character.isSurrogate(text.charAt(text.length() - 1))) {
            write(text);
        } else {
            append(utf8);
        }
    }

    /** Bytes of a page made earlier (a stretch of cached fragments), copied as they are. */
    void write(byte[] utf8, int from, int to) {
        if (pending != 0) throw new IllegalStateException("a surrogate waits for its pair");
        grow(to - from);
        System.arraycopy(utf8, from, bytes, size, to - from);
        size += to - from;
    }

    /** How many bytes are written so far. */
    int size() {
        return size;
    }

    /** Whether the last write ended with half a surrogate pair: what follows it cannot be copied as bytes. */
    boolean pending() {
        return pending != 0;
    }

    private void joined(String text) {
        String all = pending == 0 ? text : pending + text;
        pending = 0;
        if (Character.isHighSurrogate(all.charAt(all.length() - 1))) {
            pending = all.charAt(all.length() - 1);
            all = all.substring(0, all.length() - 1);
        }
        append(all.getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] more) {
        grow(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    private void grow(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    /** Everything written, encoded; the writer is done, and {@link #written} gives the same array. */
    byte[] toBytes() {
        if (pending != 0) {
            append(String.valueOf(pending).getBytes(StandardCharsets.UTF_8));
            pending = 0;
        }
        if (bytes.length != size) bytes = Arrays.copyOf(bytes, size);
        done = true;
        return bytes;
    }

    /** The bytes {@link #toBytes} gave. */
    byte[] written() {
        if (!done) throw new IllegalStateException("the page is not finished");
        return bytes;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
