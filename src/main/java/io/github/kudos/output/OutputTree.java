package io.github.kudos.output;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole site in memory before anything touches the disk: rendered files as bytes, copied
 * files by their source path. Keys are '/'-separated output paths, in sorted order.
 */
public record OutputTree(Map<String, byte[]> files, Map<String, Path> copies) {
    public OutputTree {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        copies = Collections.unmodifiableMap(new TreeMap<>(copies));
    }

    public int size() {
        return files.size() + copies.size();
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
