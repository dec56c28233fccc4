package io.github.kudos.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The write stage, file by file as the render stage makes them: each file is privacy-checked,
 * then written into a staging folder beside the output, which {@link #commit()} then swaps in
 * for the output by renames. Closing without a commit (a render error, a privacy find, a crash)
 * deletes the staging folder, and an interrupted build leaves only one that the next build
 * removes: the site is never half-written and the previous one stays until the swap.
 */
public final class StagedSite implements OutputSink, AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path old;
    /** The output being replaced (null when there is none): its unchanged files are linked, not written. */
    private final Path previous;
    private final boolean drafts;
    private final PrivacyScan.Checker checker;
    /** Each file written and its size, listed in the marker: deploy publishes these and nothing else. */
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private boolean committed;

    private StagedSite(Path out, String id, boolean drafts, PrivacyScan.Checker checker) {
        String name = out.getFileName().toString();
        this.out = out;
        this.staging = out.resolveSibling("." + name + ".staging-" + id);
        this.old = out.resolveSibling("." + name + ".old-" + id);
        this.previous = Files.isRegularFile(out.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS) ? out : null;
        this.drafts = drafts;
        this.checker = checker;
    }

    /** A new staging folder for output; drafts marks a preview built with --drafts, which kudos deploy refuses to publish. */
    public static StagedSite open(Path output, boolean drafts, PrivacyScan.Checker checker) {
        Path out = output.toAbsolutePath().normalize();
        String name = out.getFileName().toString();
        try {
            Files.createDirectories(out.getParent());
            removeStale(out.getParent(), "." + name + ".staging-");
            removeStale(out.getParent(), "." + name + ".old-");
            StagedSite site = new StagedSite(out, UUID.randomUUID().toString().substring(0, 8), drafts, checker);
            Files.createDirectory(site.staging);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(String path, byte[] bytes) {
        if (path.endsWith(".html")) pages.incrementAndGet();
        put(path, bytes);
    }

    /** Writes the bytes it checked, so what is published is exactly what passed. */
    @Override
    public void copy(String path, Path source) {
        try {
            put(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String path, byte[] bytes) {
        files.incrementAndGet();
        if (!checker.passes(path, bytes)) return;
        written.put(path, (long) bytes.length);
        try {
            Path target = SiteWriter.target(staging, path);
            folders.computeIfAbsent(target.getParent(), StagedSite::createFolder);
            if (previous == null || !linkedUnchanged(SiteWriter.target(previous, path), bytes, target)) {
                Files.write(target, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Other threads writing into the same folder wait until it exists. */
    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files and HTML pages it was given. */
    public int size() {
        return files.get();
    }

    public long pageCount() {
        return pages.get();
    }

    /** Marks the staging folder as ours and swaps it in for the output. */
    public void commit() {
        try {
            Files.writeString(staging.resolve(SiteWriter.MARKER), SiteWriter.markerText(drafts, written), StandardCharsets.UTF_8);
            swap();
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without a commit, deletes the staging folder: the output stays as it was. */
    @Override
    public void close() {
        if (committed) return;
        try {
            SiteWriter.deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links target to the previous build's file when that holds exactly these bytes. A rebuild
     * then writes only what changed, and deleting the previous output frees no data (on a 10,000
     * profile site, writing and deleting 1 GB took longer than building). False when it cannot.
     */
    private static boolean linkedUnchanged(Path old, byte[] bytes, Path target) {
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != bytes.length
                    || !Arrays.equals(Files.readAllBytes(old), bytes)) return false;
            Files.createLink(target, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // a file system without hard links: write the bytes
        }
    }

    private void swap() throws IOException {
        boolean hadOutput = Files.exists(out);
        if (hadOutput) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (hadOutput) SiteWriter.deleteTree(old);
    }

    private static void removeStale(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path stale : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                SiteWriter.deleteTree(stale);
            }
        }
    }
}
