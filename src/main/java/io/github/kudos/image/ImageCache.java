package io.github.kudos.image;

import io.github.kudos.memo.Results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Results of image work kept between builds in {@code <site folder>/.kudos-cache/}: resized images
 * and share cards, each under a key made of everything that decides its bytes (the source's hash,
 * the width, the encoder version...). Unchanged input means a hit and no work at all. Entries are
 * written to a temporary file and renamed, so a crash never leaves a half-written entry, and two
 * builds may share the folder. The folder can be deleted at any time. After a build that wrote
 * the site, {@link #prune()} deletes the entries that build did not use.
 */
public final class ImageCache {
    public static final String FOLDER = ".kudos-cache";

    private final Path folder;
    private final boolean writable;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private final FileTime opened = FileTime.from(Instant.now());
    /** The preview server's: entries kept in memory between rebuilds, as long as memory allows. */
    private final Map<String, SoftReference<byte[]>> memory;

    /** The preview server's: work on text (SVG sanitising) by name, with the text it was done on. */
    private final Results results;
    /**
     * The preview server's: source images read before, by absolute path, until the watcher reports
     * them changed. Reading 6,000 SVG logos twice took ~200 ms of each 10,000-profile rebuild.
     */
    private final Map<Path, byte[]> sources;
    private static final int REMEMBERED_SOURCE_BYTES = 1 << 20;

    private ImageCache(Path folder, boolean writable, boolean remember) {
        this.folder = folder;
        this.writable = writable;
        this.memory = remember ? new ConcurrentHashMap<>() : null;
        this.results = remember ? new Results() : null;
        this.sources = remember ? new ConcurrentHashMap<>() : null;
    }

    /** The cache of a site folder; a read-only one (for kudos check) reuses entries but writes none. */
    public static ImageCache of(Path siteFolder, boolean writable) {
        return new ImageCache(siteFolder.resolve(FOLDER).resolve("images"), writable, false);
    }

    /** A writable cache that also keeps its entries in memory, for the many rebuilds of the preview server. */
    public static ImageCache remembering(Path siteFolder) {
        return new ImageCache(siteFolder.resolve(FOLDER).resolve("images"), true, true);
    }

    /** A cache that never finds or keeps anything. */
    public static ImageCache none() {
        return new ImageCache(null, false, false);
    }

    /**
     * The bytes of a source image, or empty when the file is larger than limit. The preview server's
     * cache reads a file (of up to 1 MB) once, and again only after {@link #changed} names it.
     */
    public Optional<byte[]> read(Path file, long limit) throws IOException {
        Path key = sources == null ? file : file.toAbsolutePath().normalize();
        byte[] known = sources == null ? null : sources.get(key);
        if (known == null) {
            if (Files.size(file) > limit) return Optional.empty();
            known = Files.readAllBytes(file);
            if (sources != null && known.length <= REMEMBERED_SOURCE_BYTES) sources.put(key, known);
        }
        return known.length > limit ? Optional.empty() : Optional.of(known);
    }

    /** Files (or folders) the watcher reports changed: their bytes are read again; everything: all are. */
    public void changed(Set<Path> files, boolean everything) {
        if (sources == null) return;
        if (everything) sources.clear();
        for (Path changed : files) {
            Path normal = changed.toAbsolutePath().normalize();
            sources.keySet().removeIf(file -> file.startsWith(normal));
        }
    }

    /**
     * What work makes of input: remembered under name by the preview server's cache while input stays
     * equal (an array: the same array, such as {@link #read} hands out until the file changes).
     */
    public <T, E extends Exception> T remembered(String name, Object input, Results.Work<T, E> work) throws E {
        return results == null ? work.make() : results.get(name, input, work);
    }

    /** The bytes for key: from the cache, or made now (and kept for the next build). */
    public byte[] get(String key, String extension, Work work) throws ImageException {
        if (memory == null) return fromDisk(key, extension, work);
        SoftReference<byte[]> kept = memory.get(key + "." + extension);
        byte[] bytes = kept == null ? null : kept.get();
        if (bytes != null) return bytes;
        bytes = fromDisk(key, extension, work);
        memory.put(key + "." + extension, new SoftReference<>(bytes));
        return bytes;
    }

    private byte[] fromDisk(String key, String extension, Work work) throws ImageException {
        Path file = folder == null ? null : folder.resolve(key.substring(0, 2)).resolve(key + "." + extension);
        if (file != null) used.add(file);
        if (file != null && Files.isRegularFile(file)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                hits.incrementAndGet();
                return bytes;
            } catch (IOException e) {
                // unreadable entry: make it again
            }
        }
        misses.incrementAndGet();
        byte[] bytes = work.make();
        if (file != null && writable) store(file, bytes);
        return bytes;
    }

    private static void store(Path file, byte[] bytes) {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written costs time, never correctness
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /**
     * Deletes the files of this cache's folder that this cache did not use and that are older than
     * it (another build running meanwhile keeps what it wrote); folders left empty go too. Nothing
     * outside the folder is touched, no link is followed, and a file that cannot be deleted is left.
     */
    public void prune() {
        if (folder == null || !writable || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || Files.isSymbolicLink(folder.getParent())) return;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (path.equals(folder)) continue;
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> left = Files.list(path)) {
                        if (left.findAny().isEmpty()) Files.delete(path);
                    }
                } else if (!used.contains(path)
                        && Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).compareTo(opened) < 0) {
                    Files.delete(path);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unpruned cache costs disk space, never correctness
        }
    }

    /** How many results came from the cache, and how many were made, since this cache was opened. */
    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    /** A hex SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
    public static String key(Object... parts) {
        MessageDigest digest = sha256();
        for (Object part : parts) {
            byte[] bytes = part instanceof byte[] b ? b : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work whose result is worth keeping. */
    @FunctionalInterface
    public interface Work {
        byte[] make() throws ImageException;
    }
}
