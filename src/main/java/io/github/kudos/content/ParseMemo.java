package io.github.kudos.content;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The content files the preview server parsed before, with what parsing found: a file whose text
 * did not change since the last build is not parsed again, and its problems are reported again.
 * A file the watcher did not report changed (nor a folder above it) is not even read again.
 */
public final class ParseMemo {
    /** No memo: every file is parsed, as 'kudos build' does. */
    public static final ParseMemo NONE = new ParseMemo(false);

    private record Parsed(String kind, SourceFile file, Optional<?> result, List<Diagnostic> diagnostics) {}

    /**
     * A file as the loads give it, with its path normalised once: normalising and walking up the
     * parents of 10,000 files on every rebuild made a fifth of a rebuild's garbage.
     */
    private static final class Entry {
        final Path key;
        volatile Parsed parsed;
        /** The number of the last load that read the file. */
        volatile long load;

        Entry(Path file) {
            key = normal(file);
        }
    }

    private final boolean enabled;
    /** Keyed by the path as given: the listings are remembered, so a load gives the same Path instances again. */
    private final Map<Path, Entry> byFile = new ConcurrentHashMap<>();
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    private long loads;
    /** False until a load has read every file, and again after a change the watcher could not name file by file. */
    private volatile boolean trusted;
    /** The last load's list of each folder it listed: 12,000 directory entries and 6,000 assets took 140 ms to list. */
    private final Map<Path, List<?>> listings = new ConcurrentHashMap<>();
    /** The last load's records of each folder, by kind, in the order of its files (see {@link #folder}). */
    private final Map<String, Folder> folders = new ConcurrentHashMap<>();
    /** Whether this load listed a folder anew: files may have come or gone, so the memo forgets the ones not read. */
    private volatile boolean relisted;

    /** A file as the preview server's warm-up imagines it: its text with an edit made in memory only. */
    private record Imagined(Path file, UnaryOperator<String> edit) {}
    private volatile Imagined imagined;

    /** A folder's files as listed, what each gave (in the same order), and which of them had problems. */
    private record Folder(List<Path> files, List<Optional<?>> records, int[] withProblems) {}

    private ParseMemo(boolean enabled) {
        this.enabled = enabled;
    }

    public static ParseMemo create() {
        return new ParseMemo(true);
    }

    /** Files (or folders) changed since the last load; everything: read every file again. */
    public void changed(Set<Path> files, boolean everything) {
        if (everything) trusted = false;
        files.forEach(file -> changed.add(normal(file)));
    }

    /** Until the next call, loads read file (which must count as changed) with edit made to its text; null edit: as it is. */
    public void imagine(Path file, UnaryOperator<String> edit) {
        imagined = edit == null ? null : new Imagined(normal(file), edit);
    }

    <T> Optional<T> parse(String kind, Path file, Function<Path, Optional<SourceFile>> read, Problems problems,
                          BiFunction<SourceFile, Problems, Optional<T>> parser) {
        if (!enabled) return read.apply(file).flatMap(source -> parser.apply(source, problems));
        Entry entry = byFile.get(file);
        if (entry == null) entry = byFile.computeIfAbsent(file, Entry::new);
        entry.load = loads;
        Parsed before = entry.parsed;
        if (before == null || !before.kind().equals(kind) || !unchanged(entry.key)) {
            Optional<SourceFile> source = read.apply(file);
            Imagined pretend = imagined;
            if (pretend != null && source.isPresent() && pretend.file().equals(entry.key)) {
                source = Optional.of(new SourceFile(source.get().path(), pretend.edit().apply(source.get().text())));
            }
            if (source.isEmpty()) {
                entry.parsed = null;
                return Optional.empty();
            }
            if (before == null || !before.kind().equals(kind) || !before.file().equals(source.get())) {
                Problems found = new Problems();
                before = new Parsed(kind, source.get(), parser.apply(source.get(), found), found.sorted());
                entry.parsed = before;
            }
        }
        before.diagnostics().forEach(problems::add);
        @SuppressWarnings("unchecked")
        Optional<T> result = (Optional<T>) before.result();
        return result;
    }

    /**
     * The files of a folder, as list gives them (listed tells whether a file belongs there): the last
     * load's list again when the watcher reported no change to the folder, to a folder above it, or
     * to a file of it that would now enter or leave the list (created, deleted, renamed).
     */
    List<Path> files(Path folder, Predicate<Path> listed, Supplier<List<Path>> list) {
        Path key = normal(folder);
        return listing(folder, changedFile -> {
            if (!key.equals(changedFile.getParent())) return false; // deeper down: not in a list of this folder's files
            @SuppressWarnings("unchecked")
            List<Path> before = (List<Path>) listings.get(key);
            boolean wasListed = Collections.binarySearch(before, folder.resolve(changedFile.getFileName())) >= 0; // sorted
            return wasListed != listed.test(changedFile);
        }, list);
    }

    /** What list gives for a folder and everything under it: the last load's when the watcher reported nothing there or above. */
    <T> List<T> tree(Path folder, Supplier<List<T>> list) {
        return listing(folder, changedFile -> true, list);
    }

    private <T> List<T> listing(Path folder, Predicate<Path> changesList, Supplier<List<T>> list) {
        if (!enabled) return list.get();
        Path key = normal(folder);
        if (trusted && listings.containsKey(key) && changed.stream().noneMatch(
                p -> key.startsWith(p) || p.startsWith(key) && changesList.test(p))) {
            @SuppressWarnings("unchecked")
            List<T> before = (List<T>) listings.get(key);
            return before;
        }
        List<T> now = list.get();
        listings.put(key, now);
        relisted = true;
        return now;
    }

    /** Whether the watcher reported neither the file nor a folder above it (startsWith compares whole names). */
    private boolean unchanged(Path file) {
        if (!trusted) return false;
        for (Path p : changed) {
            if (file.startsWith(p)) return false;
        }
        return true;
    }

    /**
     * The positions at which now holds another record than before, by identity (a file the memo did
     * not parse again gives the same record); null when the lists differ in length.
     */
    public static int[] replaced(List<?> before, List<?> now) {
        if (before.size() != now.size()) return null;
        int[] found = new int[4];
        int count = 0;
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) == now.get(i)) continue;
            if (count == found.length) found = java.util.Arrays.copyOf(found, 2 * count);
            found[count++] = i;
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * The records of a folder's files, in their order. With the last load's very listing of the folder
     * and a watcher to trust, the last load's records again, with only the files it reported changed
     * read again (one edit no longer walks 10,000 files); every file's problems are reported again.
     */
    <T> List<T> folder(String kind, List<Path> files, Function<Path, Optional<T>> read, Problems problems) {
        Folder last = enabled && trusted && !relisted ? folders.get(kind) : null;
        List<Optional<?>> records;
        Set<Integer> reread = new HashSet<>();
        if (last != null && last.files() == files && !files.isEmpty()) {
            records = new ArrayList<>(last.records());
            Path folder = files.get(0).getParent();
            for (Path file : changed) {
                int at = Collections.binarySearch(files, folder.resolve(file.getFileName().toString()));
                if (at >= 0 && normal(files.get(at)).equals(file)) {
                    records.set(at, read.apply(files.get(at)));
                    reread.add(at);
                }
            }
            for (int at : last.withProblems()) {
                Entry entry = byFile.get(files.get(at));
                if (!reread.contains(at) && entry != null && entry.parsed != null) entry.parsed.diagnostics().forEach(problems::add);
            }
        } else {
            records = new ArrayList<>(files.parallelStream().map(read).toList());
        }
        if (enabled) folders.put(kind, new Folder(files, records, last != null && last.files() == files
                ? withProblems(files, last.withProblems(), reread) : withProblems(files)));
        List<T> found = new ArrayList<>(records.size());
        for (Optional<?> record : records) {
            @SuppressWarnings("unchecked")
            Optional<T> typed = (Optional<T>) record;
            typed.ifPresent(found::add);
        }
        return found;
    }

    /** The files with problems: the last load's, but for the files read again. */
    private int[] withProblems(List<Path> files, int[] before, Set<Integer> reread) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (int at : before) found.add(at);
        for (int at : reread) {
            Entry entry = byFile.get(files.get(at));
            if (entry != null && entry.parsed != null && !entry.parsed.diagnostics().isEmpty()) found.add(at);
            else found.remove(at);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] withProblems(List<Path> files) {
        return java.util.stream.IntStream.range(0, files.size()).filter(i -> {
            Entry entry = byFile.get(files.get(i));
            return entry != null && entry.parsed != null && !entry.parsed.diagnostics().isEmpty();
        }).toArray();
    }

    /**
     * Forgets the files the last load did not read (deleted or renamed), unless it listed no folder anew
     * (then it read only what changed, and no file came or went); the next load trusts the watcher.
     */
    void loaded() {
        if (!enabled) return;
        long load = loads++;
        if (relisted || !trusted) byFile.values().removeIf(entry -> entry.load != load || entry.parsed == null);
        relisted = false;
        changed.clear();
        trusted = true;
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
