package io.github.kudos.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * One run of the pipeline. baseUrl overrides site.yaml's url when not null; today fixes years
 * together and anniversaries; write false validates everything (and the built links) without
 * writing. progress hears the name of each stage as it starts.
 */
public record BuildRequest(Path source, Path output, String baseUrl, boolean drafts, LocalDate today, boolean write,
                           Consumer<String> progress) {

    public static BuildRequest build(Path source, Path output, LocalDate today) {
        return new BuildRequest(source, output, null, false, today, true, stage -> {});
    }

    public static BuildRequest check(Path source, LocalDate today) {
        return new BuildRequest(source, source.resolve("site"), null, false, today, false, stage -> {});
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(source, output, url, drafts, today, write, progress);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(source, output, baseUrl, drafts, today, write, progress);
    }

    public BuildRequest withToday(LocalDate today) {
        return new BuildRequest(source, output, baseUrl, drafts, today, write, progress);
    }

    public BuildRequest withProgress(Consumer<String> progress) {
        return new BuildRequest(source, output, baseUrl, drafts, today, write, progress);
    }
}
