package io.github.kudos.scaffold;

import io.github.kudos.content.SiteConfig;
import io.github.kudos.content.SiteConfigReader;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.Limits;
import io.github.kudos.source.SourceReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A site folder that commands add files to. root is absolute; shown is the folder as the user
 * named it, so printed paths can be pasted into the next command.
 */
public record SiteFolder(Path root, Path shown) {

    public static SiteFolder of(Path folder) {
        return new SiteFolder(folder.toAbsolutePath().normalize(), folder);
    }

    /** Why this is not a site folder, or empty when it is one. */
    public Optional<String> notASite() {
        if (Files.isRegularFile(root.resolve("content/site.yaml"))) return Optional.empty();
        return Optional.of("no content/site.yaml in " + display("") + " (is this a Kudos site folder? "
                + "Use --source DIR, or create one with 'kudos init')");
    }

    /** The site's settings; problems of site.yaml itself are the build's to report. */
    public SiteConfig config() {
        Problems ignored = new Problems();
        return new SourceReader(root, ignored).read(root.resolve("content/site.yaml"), Limits.DEFAULT.yamlBytes())
                .map(file -> SiteConfigReader.read(file, ignored))
                .orElseGet(SiteConfigReader::placeholder);
    }

    /** A '/'-separated path relative to the site folder, as the user can reach it from where they are. */
    public String display(String relative) {
        String shownRoot = shown.toString();
        if (shownRoot.isEmpty() || shownRoot.equals(".")) return relative.isEmpty() ? "." : relative;
        String joined = relative.isEmpty() ? shownRoot : shown.resolve(relative).toString();
        return joined.replace('\\', '/');
    }

    /** Writes one file that must not exist yet; see {@link NewFiles}. */
    public void writeNew(String relative, String text) throws IOException {
        new NewFiles(this).write(relative, text);
    }
}
