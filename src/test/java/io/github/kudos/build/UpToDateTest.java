package io.github.kudos.build;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `kudos build` with nothing changed since the last build into the same folder does nothing and
 * says so (issue 7); any change to what a build reads or to the folder it wrote builds again.
 */
class UpToDateTest {
    private static final String UP_TO_DATE = "site/ is up to date: 46 pages from 4 profiles and 2 stories, nothing changed since the last build";

    @TempDir
    Path dir;

    @Test
    void aBuildWithNothingChangedIsSkippedLeavingEveryFileAsItWas() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        TestSite.Run first = build(source);
        assertThat(first.out()).startsWith("built 46 pages");
        Map<String, String> before = identities(source.resolve("site"));

        TestSite.Run second = build(source);

        assertThat(second.exitCode()).isZero();
        assertThat(second.out().lines().toList()).containsExactlyElementsOf(notesReplacingTheSummary(first.out()));
        assertThat(second.out()).contains("coming up in the next 30 days: 8 years with Harbour Markets");
        assertThat(identities(source.resolve("site"))).isEqualTo(before);
        assertThat(build(source, "--quiet").out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"edited profile", "new theme file", "another day", "base url", "drafts", "deleted output file",
            "edited output file", "new output file"})
    void anyChangeToWhatABuildReadsOrToTheSiteItWroteBuildsAgain(String change) throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        Path site = source.resolve("site");
        assertThat(build(source).exitCode()).isZero();
        Map<String, byte[]> built = TestSite.tree(site);
        List<String> options = new ArrayList<>();
        switch (change) {
            case "edited profile" -> TestSite.write(source.resolve("content/clients/old-mill.yaml"),
                    Files.readString(source.resolve("content/clients/old-mill.yaml")).replace("since: 2013-01-15", "since: 2013-01-16"));
            case "new theme file" -> TestSite.write(source.resolve("themes/unused/theme.yaml"), "name: unused\n");
            case "another day" -> options.addAll(List.of("--now", "2026-11-23"));
            case "base url" -> options.addAll(List.of("--base-url", "https://elsewhere.example/"));
            case "drafts" -> options.add("--drafts");
            case "deleted output file" -> Files.delete(site.resolve("index.html"));
            case "edited output file" -> Files.writeString(site.resolve("index.html"), "changed by hand");
            case "new output file" -> Files.writeString(site.resolve("stray.html"), "left by hand");
            default -> throw new IllegalArgumentException(change);
        }

        TestSite.Run again = build(source, options.toArray(String[]::new));

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).as(change).startsWith("built 46 pages");
        if (change.endsWith("output file")) assertThat(TestSite.tree(site)).as(change).containsExactlyEntriesOf(built);
    }

    @Test
    void aBuildWithWarningsIsNeverSkippedSoTheWarningsAreShownUntilFixed() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        TestSite.write(source.resolve("content/site.yaml"), Files.readString(source.resolve("content/site.yaml"))
                .replace("url: https://bakers.example/showcase/\n", ""));
        assertThat(build(source).err()).contains("warning: no 'url' set");

        TestSite.Run again = build(source);

        assertThat(again.err()).contains("warning: no 'url' set");
        assertThat(again.out()).startsWith("built 46 pages");
    }

    private static TestSite.Run build(Path source, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString()));
        args.addAll(List.of(options));
        if (!args.contains("--now")) args.addAll(List.of("--now", "2026-11-22"));
        return kudos(args.toArray(String[]::new));
    }

    /** The build's output with its first line, the summary, replaced by the up-to-date line. */
    private static List<String> notesReplacingTheSummary(String buildOutput) {
        List<String> lines = new ArrayList<>(buildOutput.lines().toList());
        lines.set(0, UP_TO_DATE);
        return lines;
    }

    /** Each file's inode and modification time: the same only for a file nobody wrote again. */
    private static Map<String, String> identities(Path folder) throws IOException {
        Map<String, String> identities = new TreeMap<>();
        for (String path : TestSite.tree(folder).keySet()) {
            BasicFileAttributes attributes = Files.readAttributes(folder.resolve(path), BasicFileAttributes.class);
            identities.put(path, attributes.fileKey() + " " + attributes.lastModifiedTime().toInstant());
        }
        return identities;
    }
}
