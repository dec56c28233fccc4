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
        files = files instanceof Fixed<byte[]> fixed ? fixed : sorted(files);
        copies = copies instanceof Fixed<Path> fixed ? fixed : sorted(copies);
    }

    /**
     * A tree over paths known to be sorted and distinct, values[i] belonging to paths' i-th path. The
     * arrays are the tree's from now on: the preview server makes a new pair for each rebuild, and
     * trees that share their {@link Paths} tell their changes by comparing arrays slot by slot.
     */
    public static OutputTree of(Paths filePaths, byte[][] files, Paths copyPaths, Path[] copies) {
        return new OutputTree(new Fixed<>(filePaths, files), new Fixed<>(copyPaths, copies));
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
        if (files instanceof Fixed<byte[]> now && before.files() instanceof Fixed<byte[]> old && now.paths == old.paths) {
            return now.changesFrom(old);
        }
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
        if (files instanceof Fixed<byte[]> fixed) return fixed.paths.pages();
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }

    /** Output paths in sorted order, made once and shared by the trees of rebuilds that have the same paths. */
    public static final class Paths {
        private final String[] sorted;
        private long pages = -1;

        private Paths(String[] sorted) {
            this.sorted = sorted;
        }

        /** The paths sorted; empty when one is there twice. */
        public static java.util.Optional<Paths> of(java.util.Collection<String> paths) {
            String[] sorted = paths.toArray(new String[0]);
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i - 1].equals(sorted[i])) return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Paths(sorted));
        }

        public int size() {
            return sorted.length;
        }

        /** Where path is in the order, or a negative number when it is not one of these paths. */
        public int indexOf(String path) {
            return Arrays.binarySearch(sorted, path);
        }

        private synchronized long pages() {
            if (pages < 0) pages = Arrays.stream(sorted).filter(p -> p.endsWith(".html")).count();
            return pages;
        }
    }

    /** A read-only map over sorted paths and an array of their values, none of them null. */
    private static final class Fixed<V> extends java.util.AbstractMap<String, V> {
        private final Paths paths;
        private final Object[] values;

        private Fixed(Paths paths, Object[] values) {
            if (values.length != paths.size()) throw new IllegalArgumentException("one value per path");
            for (Object value : values) java.util.Objects.requireNonNull(value);
            this.paths = paths;
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String path && paths.indexOf(path) >= 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int i = key instanceof String path ? paths.indexOf(path) : -1;
            return i < 0 ? null : (V) values[i];
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(java.util.function.BiConsumer<? super String, ? super V> action) {
            for (int i = 0; i < values.length; i++) action.accept(paths.sorted[i], (V) values[i]);
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        @SuppressWarnings("unchecked")
                        public Entry<String, V> next() {
                            if (next >= values.length) throw new java.util.NoSuchElementException();
                            int i = next++;
                            return new SimpleImmutableEntry<>(paths.sorted[i], (V) values[i]);
                        }
                    };
                }
            };
        }

        /** Slot by slot: the same array is the same file, so only files made anew are compared. */
        private Changes changesFrom(Fixed<V> before) {
            Map<String, byte[]> changed = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != before.values[i] && !Arrays.equals((byte[]) values[i], (byte[]) before.values[i])) {
                    changed.put(paths.sorted[i], (byte[]) values[i]);
                }
            }
            return new Changes(changed, Set.of());
        }
    }

    /** Sends every file of the tree to sink, in parallel. */
    public void into(OutputSink sink) {
        files.entrySet().parallelStream().forEach(file -> sink.file(file.getKey(), file.getValue()));
        copies.entrySet().parallelStream().forEach(copy -> sink.copy(copy.getKey(), copy.getValue()));
    }

    /** A sink that keeps what it gets in memory, for kudos check (the preview server's renders keep their own). */
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
