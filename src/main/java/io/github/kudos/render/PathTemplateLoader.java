package io.github.kudos.render;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads templates from theme folders, child first. Works on any file system (including the
 * jar's, for the built-in theme), and refuses names that would leave a templates folder.
 */
final class PathTemplateLoader implements TemplateLoader {
    private final List<Path> folders;

    PathTemplateLoader(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    @Override
    public Object findTemplateSource(String name) {
        if (name.startsWith("/") || List.of(name.split("/")).contains("..")) return null;
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) return file;
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {}
}
