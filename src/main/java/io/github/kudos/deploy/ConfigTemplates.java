package io.github.kudos.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made hosting configs (src/main/resources/deploy/) written into a site folder: a GitHub
 * Actions workflow for Pages, a netlify.toml, a Cloudflare Pages _headers file. An existing file
 * is never overwritten. `kudos init` writes all of them ({@link #all}) into a new site.
 */
public final class ConfigTemplates {
    /** Kind -> (resource -> path in the site folder). */
    private static final Map<String, Map<String, String>> KINDS = Map.of(
            "github", Map.of("github-pages.yml", ".github/workflows/kudos-pages.yml"),
            "netlify", Map.of("netlify.toml", "netlify.toml"),
            "cloudflare", Map.of("_headers", "_headers"));

    private ConfigTemplates() {}

    public static List<String> kinds() {
        return List.of("github", "netlify", "cloudflare");
    }

    /** Every config as path in the site folder -> text, in the order of {@link #kinds}. */
    public static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String kind : kinds()) {
            KINDS.get(kind).forEach((name, path) -> {
                try (InputStream in = resource(name)) {
                    all.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return all;
    }

    /** Writes the files of kind into site; returns one line per file ("wrote X" or "kept X (exists)"). */
    public static List<String> write(Path site, String kind) throws IOException {
        Map<String, String> files = KINDS.get(kind);
        if (files == null) throw new IllegalArgumentException("unknown config '" + kind + "' (use github, netlify or cloudflare)");
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = site.resolve(file.getValue());
            Files.createDirectories(target.getParent());
            try (InputStream in = resource(file.getKey());
                 var out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                in.transferTo(out);
                lines.add("wrote " + file.getValue());
            } catch (FileAlreadyExistsException e) {
                lines.add("kept " + file.getValue() + " (it exists; remove it to get a fresh copy)");
            }
        }
        return lines;
    }

    private static InputStream resource(String name) {
        InputStream in = ConfigTemplates.class.getResourceAsStream("/deploy/" + name);
        if (in == null) throw new UncheckedIOException(new IOException("missing resource deploy/" + name));
        return in;
    }
}
