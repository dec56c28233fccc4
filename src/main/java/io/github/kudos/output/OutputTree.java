package io.github.kudos.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole site in memory before anything touches the disk: rendered files as bytes, copied
 * files by their source path. Keys are '/'-separated output paths, in sorted order.
 */
public record OutputTree(Map<String, byte[]> files, Map<String, Path> copies) {
    public OutputTree {
        files = sorted(files);
        copies = sorted(copies);
    }

    /** A copy of the map with its keys in order; keys that come in order already (from another tree) are not sorted again. */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
        if (inOrder(map.keySet())) {
            copy.putAll(map);
        } else {
            String[] keys = map.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            for (String key : keys) copy.put(key, map.get(key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean inOrder(Iterable<String> keys) {
        String last = null;
        for (String key : keys) {
            if (last != null && last.compareTo(key) >= 0) return false;
            last = key;
        }
        return true;
    }

    public int size() {
        return files.size() + copies.size();
    }

    /** Files of this tree that are new or differ from before's (by path), and the paths before had and this has not. */
    public record Changes(Map<String, byte[]> changed, Set<String> removed) {}

    /** What changed since before: one walk along both trees side by side, as both are sorted, and no lookups. */
    public Changes changesFrom(OutputTree before) {
        Map<String, byte[]> changed = new HashMap<>();
        Set<String> removed = new HashSet<>();
        Iterator<Map.Entry<String, byte[]>> old = before.files().entrySet().iterator();
        Iterator<Map.Entry<String, byte[]>> now = files.entrySet().iterator();
        Map.Entry<String, byte[]> o = old.hasNext() ? old.next() : null;
        Map.Entry<String, byte[]> n = now.hasNext() ? now.next() : null;
        while (o != null || n != null) {
            // trees made one after the other by the preview server share their key strings: no compare then
            int order = o == null ? 1 : n == null ? -1 : o.getKey() == n.getKey() ? 0 : o.getKey().compareTo(n.getKey());
            if (order < 0) removed.add(o.getKey());
            else if (order > 0 || !Arrays.equals(o.getValue(), n.getValue())) changed.put(n.getKey(), n.getValue());
            if (order <= 0) o = old.hasNext() ? old.next() : null;
            if (order >= 0) n = now.hasNext() ? now.next() : null;
        }
        return new Changes(changed, removed);
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

        /**
         * The tree, its files in the order of like's (and keyed by the same strings) when both have
         * the same paths: sorting 43,000 paths cost a 10,000-profile preview rebuild ~30 ms.
         */
        public OutputTree tree(OutputTree like) {
            if (like == null || like.files().size() != files.size()) return tree();
            Map<String, byte[]> ordered = new LinkedHashMap<>(files.size() * 4 / 3 + 1);
            for (String path : like.files().keySet()) {
                byte[] bytes = files.get(path);
                if (bytes == null) return tree();
                ordered.put(path, bytes);
            }
            return new OutputTree(ordered, copies);
        }
    }
}
