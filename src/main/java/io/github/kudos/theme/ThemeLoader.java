package io.github.kudos.theme;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.image.ImageWidths;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;
import io.github.kudos.yaml.YamlParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a theme in the site folder's themes/ or, failing that, among the themes built into the
 * jar, and follows its {@code extends:} chain.
 */
public final class ThemeLoader {
    private static final int MAX_DEPTH = 8;

    private ThemeLoader() {}

    public static Optional<Theme> load(Path siteFolder, String name, Problems problems) {
        return load(siteFolder, name, Position.startOf("content/site.yaml"), problems);
    }

    /** namedAt: where site.yaml names the theme, for the error when there is no such theme. */
    public static Optional<Theme> load(Path siteFolder, String name, Position namedAt, Problems problems) {
        List<Theme.Folder> folders = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        List<Map<String, List<Integer>>> imageSettings = new ArrayList<>();
        String description = null;
        for (String current = name; current != null; ) {
            if (visited.contains(current) || visited.size() >= MAX_DEPTH) {
                problems.error(Position.startOf(folders.get(folders.size() - 1).label() + "/theme.yaml"),
                        "themes extend each other in a loop: " + String.join(" -> ", visited) + " -> " + current);
                return Optional.empty();
            }
            visited.add(current);
            Optional<Theme.Folder> folder = find(siteFolder, current);
            if (folder.isEmpty()) {
                problems.error(folders.isEmpty() ? namedAt
                                : Position.startOf(folders.get(folders.size() - 1).label() + "/theme.yaml"),
                        "theme '" + current + "' not found",
                        "themes live in themes/<name>/ beside content/; the built-in theme is 'default'");
                return Optional.empty();
            }
            if (folders.isEmpty()) description = readDescription(folder.get());
            folders.add(folder.get());
            ThemeYaml yaml = readThemeYaml(folder.get(), problems);
            imageSettings.add(yaml.images());
            current = yaml.parent();
        }
        ImageWidths images = ImageWidths.DEFAULT;
        for (int i = imageSettings.size() - 1; i >= 0; i--) images = images.with(imageSettings.get(i));
        return Optional.of(new Theme(name, description, folders, images));
    }

    private static Optional<Theme.Folder> find(Path siteFolder, String name) {
        Path local = siteFolder.resolve("themes").resolve(name);
        if (Files.isRegularFile(local.resolve("theme.yaml")) || Files.isDirectory(local.resolve("templates"))) {
            return Optional.of(new Theme.Folder(local, "themes/" + name));
        }
        return builtIn(name).map(root -> new Theme.Folder(root, "kudos.jar!/themes/" + name));
    }

    /** A theme packaged in the jar (or, in tests, on the class path as a folder). */
    static Optional<Path> builtIn(String name) {
        URL url = ThemeLoader.class.getResource("/themes/" + name + "/theme.yaml");
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return Optional.of(jarFileSystem(uri).getPath("/themes/" + name));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ThemeYaml(String parent, Map<String, List<Integer>> images) {}

    private static ThemeYaml readThemeYaml(Theme.Folder folder, Problems problems) {
        Path file = folder.root().resolve("theme.yaml");
        if (!Files.isRegularFile(file)) return new ThemeYaml(null, Map.of());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceFile source = new SourceFile(folder.label() + "/theme.yaml", text);
            return YamlParser.parseMapping(source, text, 0, problems).map(map -> {
                map.allowOnly(List.of("name", "extends", "description", "images"));
                return new ThemeYaml(map.text("extends").orElse(null),
                        map.map("images").map(ThemeLoader::imageWidths).orElse(Map.of()));
            }).orElse(new ThemeYaml(null, Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** images: { logo: [120, 240, 480], cover: [640, 1280] }: known roles only, sane widths. */
    private static Map<String, List<Integer>> imageWidths(YamlMap map) {
        map.allowOnly(ImageWidths.ROLES);
        Map<String, List<Integer>> widths = new java.util.TreeMap<>();
        for (String role : ImageWidths.ROLES) {
            if (!map.has(role)) continue;
            List<String> items = map.textList(role);
            List<io.github.kudos.diag.Position> positions = map.itemPositions(role);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                Integer width = item.matches("[0-9]{1,5}") ? Integer.valueOf(item) : null;
                if (width == null || width < ImageWidths.MIN_WIDTH || width > ImageWidths.MAX_WIDTH) {
                    map.problems().error(i < positions.size() ? positions.get(i) : map.valuePosition(role), "image width '" + item + "' for '" + role
                            + "' must be a whole number of pixels from " + ImageWidths.MIN_WIDTH + " to " + ImageWidths.MAX_WIDTH);
                } else {
                    list.add(width);
                }
            }
            if (items.isEmpty() || items.size() > ImageWidths.MAX_COUNT) {
                map.problems().error(map.valuePosition(role), "'" + role + "' needs from 1 to " + ImageWidths.MAX_COUNT
                        + " widths, e.g. [120, 240, 480]");
            } else if (list.size() == items.size()) {
                widths.put(role, list);
            }
        }
        return widths;
    }

    private static String readDescription(Theme.Folder folder) {
        Path file = folder.root().resolve("theme.yaml");
        if (!Files.isRegularFile(file)) return null;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return YamlParser.parseMapping(new SourceFile("theme.yaml", text), text, 0, new Problems())
                    .flatMap(map -> map.text("description")).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
