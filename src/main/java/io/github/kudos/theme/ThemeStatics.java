package io.github.kudos.theme;

import io.github.kudos.site.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The static files of a theme chain, a child's file replacing its parent's at the same path. */
public final class ThemeStatics {
    private ThemeStatics() {}

    public static List<Output> outputs(Theme theme) {
        Map<String, Output> byPath = new TreeMap<>();
        List<Theme.Folder> parentFirst = new ArrayList<>(theme.folders());
        java.util.Collections.reverse(parentFirst);
        for (Theme.Folder folder : parentFirst) {
            Path statics = folder.statics();
            if (!Files.isDirectory(statics)) continue;
            try (Stream<Path> files = Files.walk(statics)) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    String path = statics.relativize(file).toString().replace('\\', '/');
                    if (path.startsWith(".") || path.contains("/.")) return;
                    byPath.put(path, new Output.Copy(path, folder.label() + "/static/" + path, null, file));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(byPath.values());
    }
}
