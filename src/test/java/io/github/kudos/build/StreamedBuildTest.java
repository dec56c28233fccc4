package io.github.kudos.build;

import io.github.kudos.TestSite;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.output.OutputTree;
import io.github.kudos.output.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build writes each file as it is rendered instead of holding the whole site in memory (issue 7):
 * the written site is the same as the one built in memory, and an error found halfway still
 * leaves the previous site exactly as it was, with nothing staged left behind.
 */
class StreamedBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String LEAK = """
            ---
            title: A story
            date: 2024-01-01
            ---
            We also met the people of Hushhush Holdings.
            """;

    @TempDir
    Path dir;

    @Test
    void theStreamedSiteEqualsTheSiteBuiltInMemory() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        BuildResult written = Build.run(BuildRequest.build(source, dir.resolve("out"), TODAY));
        Build.Preview memory = Build.preview(BuildRequest.build(source, dir.resolve("unused"), TODAY));

        assertThat(written.ok()).as(written.diagnostics().toString()).isTrue();
        assertThat(memory.tree()).isNotNull();
        Map<String, byte[]> expected = bytes(memory.tree());
        expected.put(SiteWriter.MARKER, Files.readAllBytes(dir.resolve("out").resolve(SiteWriter.MARKER)));
        assertThat(TestSite.tree(dir.resolve("out"))).containsExactlyEntriesOf(expected);
        assertThat(written.files()).isEqualTo(memory.tree().size());
        assertThat(written.pages()).isEqualTo(memory.tree().pageCount());
    }

    @Test
    void aLeakFoundMidStreamKeepsThePreviousSiteAndLeavesNoStagingFolder() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        Path out = dir.resolve("out");
        assertThat(Build.run(BuildRequest.build(source, out, TODAY)).ok()).isTrue();
        Map<String, byte[]> before = TestSite.tree(out);

        TestSite.write(source.resolve("content/stories/leak.md"), LEAK);
        BuildResult leaked = Build.run(BuildRequest.build(source, out, TODAY));

        assertThat(leaked.ok()).isFalse();
        assertThat(leaked.written()).isFalse();
        assertThat(leaked.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "privacy check: this repeats the name of unpublished profile content/clients/secret-prospect.yaml, which would be published");
        assertThat(TestSite.tree(out)).containsExactlyEntriesOf(before);
        assertThat(siblings()).containsExactlyInAnyOrder("src", "out");
    }

    @Test
    void aRenderErrorAndALeakAreReportedTogetherAndNothingIsWritten() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        TestSite.write(source.resolve("content/stories/leak.md"), LEAK);
        Files.writeString(source.resolve("content/site.yaml"),
                Files.readString(source.resolve("content/site.yaml")) + "theme: broken\n");
        TestSite.write(source.resolve("themes/broken/theme.yaml"), "extends: default\n");
        TestSite.write(source.resolve("themes/broken/templates/profile.ftlh"), "<p>${profile.nickname}</p>\n");

        BuildResult failed = Build.run(BuildRequest.build(source, dir.resolve("out"), TODAY));

        assertThat(failed.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith("template error: "))
                .anyMatch(m -> m.startsWith("privacy check: this repeats the name of unpublished profile"));
        assertThat(siblings()).containsExactly("src"); // no output, no staging folder
    }

    @Test
    void aRebuildKeepsTheFilesItWroteBeforeWhenTheirBytesAreTheSame() throws IOException {
        Path source = Fixtures.copy("small", dir.resolve("src"));
        Path out = dir.resolve("out");
        assertThat(Build.run(BuildRequest.build(source, out, TODAY)).ok()).isTrue();
        Map<String, byte[]> before = TestSite.tree(out);
        Map<String, Object> keysBefore = fileKeys(out);

        TestSite.write(source.resolve("content/pages/about.md"),
                Files.readString(source.resolve("content/pages/about.md")) + "\nOne more line.\n");
        assertThat(Build.run(BuildRequest.build(source, out, TODAY)).ok()).isTrue();
        Map<String, byte[]> after = TestSite.tree(out);
        Map<String, Object> keysAfter = fileKeys(out);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("about/index.html")).isNotEqualTo(before.get("about/index.html"));
        before.forEach((path, bytes) -> {
            boolean same = Arrays.equals(bytes, after.get(path)) && !path.equals(SiteWriter.MARKER);
            assertThat(keysAfter.get(path).equals(keysBefore.get(path))).as(path + " linked, not written").isEqualTo(same);
        });
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<String, byte[]> bytes(OutputTree tree) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(tree.files());
        for (var copy : tree.copies().entrySet()) files.put(copy.getKey(), Files.readAllBytes(copy.getValue()));
        return files;
    }

    /** Each file's identity on disk (device and inode on Linux): the same when a rebuild linked the file. */
    private static Map<String, Object> fileKeys(Path folder) throws IOException {
        Map<String, Object> keys = new HashMap<>();
        for (String path : TestSite.tree(folder).keySet()) {
            keys.put(path, Files.readAttributes(folder.resolve(path), BasicFileAttributes.class).fileKey());
        }
        return keys;
    }
}
