package io.github.kudos.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        try {
            Map<String, String> stamp = read(file);
            if (!inputs.equals(stamp.get("inputs")) || !outputs(request.output()).equals(stamp.get("outputs"))) {
                return Optional.empty();
            }
            List<String> notes = stamp.entrySet().stream().filter(e -> e.getKey().startsWith("note."))
                    .map(e -> unescape(e.getValue())).toList();
            return Optional.of(new BuildResult(List.of(), Long.parseLong(stamp.get("pages")), Integer.parseInt(stamp.get("files")),
                    Integer.parseInt(stamp.get("profiles")), Integer.parseInt(stamp.get("stories")), false, notes, true));
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
            StringBuilder text = new StringBuilder(FORMAT).append('\n');
            text.append("inputs=").append(inputs).append('\n');
            text.append("outputs=").append(outputs(request.output())).append('\n');
            text.append("pages=").append(result.pages()).append('\n');
            text.append("files=").append(result.files()).append('\n');
            text.append("profiles=").append(result.profiles()).append('\n');
            text.append("stories=").append(result.stories()).append('\n');
            for (int i = 0; i < result.notes().size(); i++) {
                text.append(String.format("note.%04d=", i)).append(escape(result.notes().get(i))).append('\n');
            }
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
            MessageDigest digest = sha256();
            add(digest, FORMAT, String.valueOf(request.output().toAbsolutePath().normalize()),
                    String.valueOf(request.baseUrl()), String.valueOf(request.drafts()), String.valueOf(request.today()),
                    System.getProperty("java.vendor"), System.getProperty("java.version"), code());
            for (String folder : List.of("content", "themes")) {
                List<String> checksums = files(request.source().resolve(folder)).entrySet().parallelStream()
                        .map(entry -> folder + "/" + entry.getKey() + " " + checksum(entry.getValue())).toList();
                add(digest, checksums.toArray(String[]::new));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) { // UncheckedIOException too: then build
            return null;
        }
    }

    /** A digest of the output folder's listing: every file's path, size and modification time. */
    private static String outputs(Path output) throws IOException {
        MessageDigest digest = sha256();
        Map<String, BasicFileAttributes> listing = new TreeMap<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                listing.put(output.relativize(file).toString(), attributes);
                return FileVisitResult.CONTINUE;
            }
        });
        listing.forEach((path, attributes) -> add(digest, path, String.valueOf(attributes.size()),
                String.valueOf(attributes.lastModifiedTime().toInstant()), String.valueOf(attributes.isRegularFile())));
        return HexFormat.of().formatHex(digest.digest());
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

    private static void add(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path stampFile(BuildRequest request) {
        String output = request.output().toAbsolutePath().normalize().toString();
        String name = HexFormat.of().formatHex(sha256().digest(output.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        return request.source().resolve(".kudos-cache").resolve("builds").resolve(name + ".stamp");
    }

    private static Map<String, String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) throw new IOException("not a stamp");
        Map<String, String> stamp = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int equals = line.indexOf('=');
            if (equals > 0) stamp.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return stamp;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
        }
        return out.toString();
    }
}
