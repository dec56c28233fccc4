package io.github.kudos.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A local folder: a mounted share or a web server's root. Each file is written beside its place
 * and renamed over it, so a reader never sees half a file.
 */
public final class DirTarget implements Target {
    private final Path root;

    public DirTarget(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return "dir " + root;
    }

    @Override
    public Manifest manifest() throws IOException {
        Path file = root.resolve(Manifest.NAME);
        if (!Files.isRegularFile(file)) return Manifest.EMPTY;
        return Manifest.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    @Override
    public void upload(SiteFile file) throws IOException {
        try (InputStream in = file.open()) {
            replace(SitePaths.resolve(root, file.path()), in);
        }
    }

    @Override
    public void delete(String path) throws IOException {
        Path file = SitePaths.resolve(root, path);
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(root) && isEmptyFolder(folder); folder = folder.getParent()) {
            Files.delete(folder);
        }
    }

    @Override
    public void writeManifest(Manifest manifest) throws IOException {
        replace(root.resolve(Manifest.NAME), new java.io.ByteArrayInputStream(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    private static void replace(Path file, InputStream in) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".kudos-tmp");
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return false;
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
