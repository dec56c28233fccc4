package io.github.kudos.build;

import io.github.kudos.image.ImageCache;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Skips a build whose result is already in the output folder, as make does: nothing the build
 * reads has changed since the last build into that folder (content/ and themes/ byte for byte,
 * the options, the day, Kudos and Java themselves), and the folder holds exactly what that build
 * left (every file's path, size and modification time). The stamp is kept in
 * .kudos-cache/builds/, never in the site, so it is not deployed. Only a build without warnings
 * is stamped, so that warnings are printed on every run until they are fixed.
 */
final class UpToDate {
    private static final String FORMAT = "kudos-build-stamp 1";

    private UpToDate() {}

    /** What the last build into request's output folder made, if that is still what a build would make now. */
    static Optional<BuildResult> check(BuildRequest request, String inputs) {
        Path file = stampFile(request);
        if (inputs == null || !Files.isRegularFile(file)) return Optional.empty();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties stamp = new Properties();
            stamp.load(reader);
            if (!FORMAT.equals(stamp.getProperty("format")) || !inputs.equals(stamp.getProperty("inputs"))
                    || !outputs(request.output()).equals(stamp.getProperty("outputs"))) {
                return Optional.empty();
            }
            List<String> notes = new ArrayList<>();
            for (int i = 0; stamp.containsKey("note." + i); i++) notes.add(stamp.getProperty("note." + i));
            return Optional.of(new BuildResult(List.of(), Long.parseLong(stamp.getProperty("pages")),
                    Integer.parseInt(stamp.getProperty("files")), Integer.parseInt(stamp.getProperty("profiles")),
                    Integer.parseInt(stamp.getProperty("stories")), false, notes, true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable stamp or output folder: build
        }
    }

    /** Stamps a build that wrote the output folder with no problem at all; forgets the stamp otherwise. */
    static void record(BuildRequest request, String inputs, BuildResult result) {
        Path file = stampFile(request);
        try {
            Files.deleteIfExists(file);
            if (inputs == null || !result.written() || !result.diagnostics().isEmpty()) return;
            Properties stamp = new Properties();
            stamp.setProperty("format", FORMAT);
            stamp.setProperty("inputs", inputs);
            stamp.setProperty("outputs", outputs(request.output()));
            stamp.setProperty("pages", String.valueOf(result.pages()));
            stamp.setProperty("files", String.valueOf(result.files()));
            stamp.setProperty("profiles", String.valueOf(result.profiles()));
            stamp.setProperty("stories", String.valueOf(result.stories()));
            for (int i = 0; i < result.notes().size(); i++) stamp.setProperty("note." + i, result.notes().get(i));
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                stamp.store(writer, null);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // no stamp: the next build simply builds
        }
    }

    /**
     * A digest of everything a build reads: every file under content/ and themes/ (path and checksums),
     * the request's options and day, the output folder, Kudos' own code and the Java runtime. Null
     * when something cannot be read: then the build is not skipped.
     */
    static String inputs(BuildRequest request) {
        try {
            List<Object> parts = new ArrayList<>(List.of(FORMAT, request.output().toAbsolutePath().normalize(),
                    String.valueOf(request.baseUrl()), request.drafts(), request.today(),
                    System.getProperty("java.vendor"), System.getProperty("java.version"), code()));
            for (String folder : List.of("content", "themes")) {
                parts.add(files(request.source().resolve(folder)).entrySet().parallelStream()
                        .map(entry -> folder + "/" + entry.getKey() + " " + checksum(entry.getValue()))
                        .collect(Collectors.joining("\n")));
            }
            return ImageCache.key(parts.toArray());
        } catch (IOException | URISyntaxException | RuntimeException e) { // UncheckedIOException too: then build
            return null;
        }
    }

    /** A digest of the output folder's listing: every file's path, size and modification time. */
    private static String outputs(Path output) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                listing.put(output.relativize(file).toString(), attributes.size() + " "
                        + attributes.lastModifiedTime().toInstant() + " " + attributes.isRegularFile());
                return FileVisitResult.CONTINUE;
            }
        });
        return ImageCache.key(listing.toString());
    }

    /** Kudos' code: the jar's size and time, or every class file's when run from a folder of classes. */
    private static String code() throws IOException, URISyntaxException {
        Path location = Path.of(UpToDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringBuilder code = new StringBuilder();
        Map<String, Path> files = Files.isDirectory(location) ? files(location) : Map.of("", location);
        for (Path file : files.values()) {
            code.append(file).append(' ').append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file)).append('\n');
        }
        return code.toString();
    }

    /** The regular files under folder by their path relative to it, '/'-separated; none when it does not exist. */
    private static Map<String, Path> files(Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.put(folder.relativize(file).toString().replace('\\', '/'), file));
        }
        return files;
    }

    /**
     * A file's size and two CRCs of different polynomials (64 bits): CRC32C and CRC32 run at memory
     * speed under the quick JIT, where SHA-256 of a 10,000-profile site's content took half a
     * second of every build.
     */
    private static String checksum(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 ieee = new CRC32();
            ieee.update(bytes);
            return bytes.length + " " + Long.toHexString(castagnoli.getValue()) + " " + Long.toHexString(ieee.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path stampFile(BuildRequest request) {
        String name = ImageCache.key(request.output().toAbsolutePath().normalize()).substring(0, 16);
        return request.source().resolve(ImageCache.FOLDER).resolve("builds").resolve(name + ".stamp");
    }
}
