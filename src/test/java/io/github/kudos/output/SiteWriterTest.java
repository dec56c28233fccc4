package io.github.kudos.output;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild links the previous output's unchanged files instead of writing them (issue 7); the result is the same. */
class SiteWriterTest {
    @TempDir
    Path dir;

    @Test
    void aRebuildHoldsExactlyTheNewFilesWhetherTheyChangedOrNot() throws Exception {
        Path out = dir.resolve("site");
        SiteWriter.write(tree(Map.of("same.html", "same", "changed.html", "old", "gone.html", "gone",
                "a/b/same.txt", "deep")), out);
        Map<String, String> second = Map.of("same.html", "same", "changed.html", "new, and longer",
                "a/b/same.txt", "deep", "added.html", "added");
        SiteWriter.write(tree(second), out);

        assertThat(TestSite.tree(out).keySet()).containsExactlyInAnyOrder("same.html", "changed.html", "a/b/same.txt",
                "added.html", SiteWriter.MARKER);
        second.forEach((path, text) -> assertThat(out.resolve(path)).hasContent(text));
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out); // no staging or old folder left behind
        }
    }

    @Test
    void aFileOfTheSameSizeButOtherBytesIsWritten() {
        Path out = dir.resolve("site");
        SiteWriter.write(tree(Map.of("page.html", "abcd")), out);
        SiteWriter.write(tree(Map.of("page.html", "abce")), out);
        assertThat(out.resolve("page.html")).hasContent("abce");
    }

    private static OutputTree tree(Map<String, String> texts) {
        Map<String, byte[]> files = new java.util.HashMap<>();
        texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new OutputTree(files, Map.of());
    }
}
