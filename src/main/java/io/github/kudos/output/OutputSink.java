package io.github.kudos.output;

import java.nio.file.Path;

/**
 * Where the render stage puts each output file as soon as it is made, so nothing needs to hold
 * the whole site: {@link StagedSite} checks and writes it, {@link OutputTree#collector()} keeps it
 * in memory. Called from many threads at once, once per output path.
 */
public interface OutputSink {
    /** A rendered file: its '/'-separated output path and its bytes. */
    void file(String path, byte[] bytes);

    /** A file copied as it is from source. */
    void copy(String path, Path source);
}
