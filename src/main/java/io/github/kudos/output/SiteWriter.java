package io.github.kudos.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The output folder: whether a build may write to it, the marker that says Kudos wrote it, and
 * writing a whole tree from memory through a {@link StagedSite}, which stages and swaps it in.
 */
public final class SiteWriter {
    /** Marks a folder as written by Kudos, so a build never replaces a folder of the user's. */
    public static final String MARKER = ".kudos-output";
    private static final String MARKER_TEXT = "This folder is written by Kudos and replaced whole on every build.\n";
    private static final String DRAFTS_LINE = "drafts: true\n";

    private static final String FILE_LINE = "file ";

    /** Whether the output folder holds a preview built with --drafts. */
    public static boolean isDraftsPreview(Path output) {
        try {
            return Files.readAllLines(output.resolve(MARKER), StandardCharsets.UTF_8).contains(DRAFTS_LINE.strip());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files the build that wrote output listed in its marker, with their sizes: what deploy may
     * publish. Empty when the marker lists none (written by a Kudos from before the list).
     */
    public static Optional<Map<String, Long>> writtenFiles(Path output) {
        Map<String, Long> files = new HashMap<>();
        try {
            for (String line : Files.readAllLines(output.resolve(MARKER), StandardCharsets.UTF_8)) {
                if (!line.startsWith(FILE_LINE)) continue;
                String[] sizeAndPath = line.substring(FILE_LINE.length()).split(" ", 2);
                files.put(sizeAndPath[1], Long.parseLong(sizeAndPath[0]));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
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

    /** Writes a tree already checked; drafts marks a preview built with --drafts (see {@link StagedSite}). */
    public static void write(OutputTree tree, Path output, boolean drafts) {
        try (StagedSite site = StagedSite.open(output, drafts, PrivacyScan.Checker.NONE)) {
            tree.into(site);
            site.commit();
        }
    }

    /** The marker: what the folder is, whether it is a drafts preview, then each file written and its size. */
    public static String markerText(boolean drafts, Map<String, Long> written) {
        StringBuilder text = new StringBuilder(MARKER_TEXT).append(drafts ? DRAFTS_LINE : "");
        new TreeMap<>(written).forEach((path, size) -> text.append(FILE_LINE).append(size).append(' ').append(path).append('\n'));
        return text.toString();
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
