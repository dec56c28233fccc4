package io.github.kudos.source;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads content files from a site folder, refusing oversized or undecodable ones with a diagnostic. */
public final class SourceReader {
    private final Path siteFolder;
    private final Problems problems;

    public SourceReader(Path siteFolder, Problems problems) {
        this.siteFolder = siteFolder;
        this.problems = problems;
    }

    public Path siteFolder() {
        return siteFolder;
    }

    public String relative(Path file) {
        return siteFolder.relativize(file).toString().replace('\\', '/');
    }

    /** The regular files of a folder with one of the extensions, sorted by name; empty if the folder is absent. */
    public List<Path> list(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> result = new ArrayList<>();
            files.filter(f -> listed(f, extensions))
                    .sorted()
                    .forEach(result::add);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #list} gives file: a regular file, not hidden, with one of the extensions. */
    public static boolean listed(Path file, String... extensions) {
        return !file.getFileName().toString().startsWith(".") && hasExtension(file, extensions) && Files.isRegularFile(file);
    }

    public Optional<SourceFile> read(Path file, long limit) {
        String path = relative(file);
        try {
            if (leavesContent(file)) {
                problems.error(Position.startOf(path), "the file is reached through a link that leads outside content/",
                        "Kudos reads only files inside content/: copy the file in instead");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > limit) {
                problems.error(Position.startOf(path),
                        "file is " + size + " bytes, larger than the limit of " + limit + " bytes",
                        "split it, or raise limits in content/site.yaml");
                return Optional.empty();
            }
            return Optional.of(new SourceFile(path, normalise(decode(Files.readAllBytes(file)))));
        } catch (CharacterCodingException e) {
            problems.error(Position.startOf(path), "file is not valid UTF-8", "save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Position.startOf(path), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Content is untrusted: a link in it, the file's or its folder's (content/pages linked to
     * another folder), must not make a build read (and publish) a file from elsewhere on the machine.
     */
    private boolean leavesContent(Path file) throws IOException {
        Path content = siteFolder.resolve("content");
        if (!file.startsWith(content)) return false;
        for (Path at = file; !at.equals(content); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) return !file.toRealPath().startsWith(content.toRealPath());
        }
        return false;
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean hasExtension(Path file, String... extensions) {
        String name = file.getFileName().toString();
        for (String extension : extensions) {
            if (name.endsWith(extension)) return true;
        }
        return false;
    }
}
