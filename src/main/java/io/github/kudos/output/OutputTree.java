package io.github.kudos.output;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Sends every file of the tree to sink, in parallel. */
    public void into(OutputSink sink) {
        files.entrySet().parallelStream().forEach(file -> sink.file(file.getKey(), file.getValue()));
        copies.entrySet().parallelStream().forEach(copy -> sink.copy(copy.getKey(), copy.getValue()));
    }

    /** A sink that keeps what it gets in memory, for kudos check and the preview server. */
    public static Collector collector() {
        return new Collector();
    }

    public static final class Collector implements OutputSink {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();
        private final Map<String, Path> copies = new ConcurrentHashMap<>();

        private Collector() {}

        @Override
        public void file(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        @Override
        public void copy(String path, Path source) {
            copies.put(path, source);
        }

        public OutputTree tree() {
            return new OutputTree(files, copies);
        }
    }
}
