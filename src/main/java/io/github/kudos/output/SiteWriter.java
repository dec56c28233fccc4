package io.github.kudos.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The write stage: the output tree goes to a staging folder beside the output, which then
 * replaces the output by renames. A failed build never reaches this point, and an interrupted
 * one leaves only a staging folder that the next build removes: the site is never half-written.
 */
public final class SiteWriter {
    /** Marks a folder as written by Kudos, so a build never replaces a folder of the user's. */
    public static final String MARKER = ".kudos-output";
    private static final String MARKER_TEXT = "This folder is written by Kudos and replaced whole on every build.\n";
    private static final String DRAFTS_LINE = "drafts: true\n";

    /** Whether the output folder holds a preview built with --drafts. */
    public static boolean isDraftsPreview(Path output) {
        try {
            return Files.readString(output.resolve(MARKER), StandardCharsets.UTF_8).contains(DRAFTS_LINE);
        } catch (IOException e) {
            return false;
        }
    }

    private SiteWriter() {}

    /** Why output must not be written to, or empty when it is safe. */
    public static Optional<String> refusal(Path source, Path output) {
        Path out = output.toAbsolutePath().normalize();
        Path src = source.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (out.getParent() == null) return Optional.of("the output folder must not be the root folder");
        if (out.equals(home)) return Optional.of("the output folder must not be your home folder");
        if (out.equals(src)) return Optional.of("the output folder must not be the source folder");
        if (src.startsWith(out)) return Optional.of("the output folder must not contain the source folder");
        if (out.startsWith(src.resolve("content")) || out.startsWith(src.resolve("themes"))) {
            return Optional.of("the output folder must not be inside content/ or themes/");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            return Optional.of("the output folder " + output + " is not empty and was not written by Kudos;"
                    + " choose an empty or new folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) return Optional.of("the output path " + output + " is a file");
        return Optional.empty();
    }

    public static void write(OutputTree tree, Path output) {
        write(tree, output, false);
    }

    /** drafts marks a preview built with --drafts, which kudos deploy refuses to publish. */
    public static void write(OutputTree tree, Path output, boolean drafts) {
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        try {
            Files.createDirectories(parent);
            removeStale(parent, "." + name + ".staging-");
            removeStale(parent, "." + name + ".old-");
            String id = UUID.randomUUID().toString().substring(0, 8);
            Path staging = parent.resolve("." + name + ".staging-" + id);
            Files.createDirectory(staging);
            writeAll(tree, staging, Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) ? out : null);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT + (drafts ? DRAFTS_LINE : ""), StandardCharsets.UTF_8);
            swap(staging, out, parent.resolve("." + name + ".old-" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** previous is the output being replaced (null when there is none): its unchanged files are linked, not written. */
    private static void writeAll(OutputTree tree, Path staging, Path previous) throws IOException {
        java.util.SortedSet<Path> folders = new java.util.TreeSet<>();
        tree.files().keySet().forEach(path -> folders.add(target(staging, path).getParent()));
        tree.copies().keySet().forEach(path -> folders.add(target(staging, path).getParent()));
        for (Path folder : folders) Files.createDirectories(folder);
        tree.files().entrySet().parallelStream().forEach(entry -> {
            try {
                Path target = target(staging, entry.getKey());
                if (previous == null || !linkedUnchanged(target(previous, entry.getKey()), entry.getValue(), target)) {
                    Files.write(target, entry.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        tree.copies().entrySet().parallelStream().forEach(entry -> {
            try {
                Files.copy(entry.getValue(), target(staging, entry.getKey()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    /** An output path resolved segment by segment; anything that would leave the folder is a bug upstream. */
    static Path target(Path root, String path) {
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")
                    || segment.contains(":")) {
                throw new IllegalArgumentException("unsafe output path: " + path);
            }
            file = file.resolve(segment);
        }
        return file;
    }

    private static void swap(Path staging, Path out, Path old) throws IOException {
        boolean hadOutput = Files.exists(out);
        if (hadOutput) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (hadOutput) deleteTree(old);
    }

    private static void removeStale(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path stale : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(stale);
            }
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder of ours; symbolic links inside are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
