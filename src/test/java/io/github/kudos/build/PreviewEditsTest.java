package io.github.kudos.build;

import io.github.kudos.output.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview server's rebuilds reuse what the last one made, and keep the rest of the model when
 * an edit touches only what a profile's own page shows. Whatever the edits, in whatever order, each
 * rebuild must equal a fresh build of the same files: same files, same bytes, same diagnostics.
 */
class PreviewEditsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> PROFILES = List.of("clients/corner-cafe.yaml", "clients/old-mill.yaml",
            "clients/secret-prospect.yaml", "suppliers/green-valley-flour.yaml", "partners/harbour-markets.yaml");

    private record Edit(String name, boolean local, UnaryOperator<String> change) {}

    /** Edits that leave the rest of the site as it was (local) and edits that move a profile among the others. */
    private static List<Edit> edits(int step) {
        return List.of(
                new Edit("summary", true, text -> text.replaceFirst("(?m)^summary: (.*)$", "summary: $1 (edit " + step + ")")),
                new Edit("body", true, text -> text.contains("body: |") ? text.replace("body: |\n", "body: |\n  Edit **" + step + "**.\n")
                        : text + "body: |\n  Now with a body, edit " + step + ".\n"),
                new Edit("website", true, text -> text.replaceFirst("(?m)^website: .*$", "website: https://edit-" + step + ".example")),
                new Edit("impact", true, text -> text.replaceFirst("value: \"[0-9]+\"", "value: \"" + (300 + step) + "\"")),
                new Edit("name", false, text -> text.replaceFirst("(?m)^name: (.*)$", "name: $1 " + (char) ('A' + step % 26))),
                new Edit("tags", false, text -> text.replaceFirst("(?m)^tags: \\[", "tags: [edit-" + step % 3 + ", ")),
                new Edit("since", false, text -> text.replaceFirst("(?m)^since: [0-9]{4}", "since: " + (2000 + step % 20))),
                new Edit("featured", false, text -> text.contains("featured: true") ? text.replace("featured: true", "featured: false")
                        : text.replaceFirst("(?m)^summary:", "featured: true\nsummary:")));
    }

    @TempDir
    Path dir;

    @Test
    void everyRebuildAfterARandomSeriesOfEditsEqualsAFreshBuild() throws Exception {
        Path site = Fixtures.copy("small", dir.resolve("site"));
        // A file with a warning of its own, which every rebuild reports again without reading the file again.
        Files.writeString(site.resolve("content/clients/quiet-co.yaml"),
                "name: Quiet Co\nsummary: Says little.\nconsent:\n  given: 2024-02-02\n");
        BuildRequest request = BuildRequest.build(site, site.resolve("site"), TODAY).withBaseUrl("http://127.0.0.1:8080/showcase/");
        PreviewState state = new PreviewState();
        Build.Preview first = Build.preview(request, state);
        assertEqualsFresh(first, request, "first build");
        assertThat(first.result().diagnostics()).anyMatch(d -> d.message().contains("consent has no 'scope'"));
        Random random = new Random(20261122);
        int patched = 0;
        for (int step = 0; step < 60; step++) {
            Path file;
            String what;
            boolean local = false;
            if (step % 10 == 9) {
                file = site.resolve("content/stories/market-day.md");
                what = "story";
                Files.writeString(file, Files.readString(file).replace("rolls.", "rolls, again " + step + "."));
            } else if (step % 10 == 4) {
                file = site.resolve("content/assets/logos/corner-cafe.svg");
                what = "logo";
                Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (40 + step) + "\" height=\"32\"><rect width=\"8\" height=\"8\"/></svg>");
            } else {
                file = site.resolve("content").resolve(PROFILES.get(random.nextInt(PROFILES.size())));
                Edit edit = edits(step).get(random.nextInt(edits(step).size()));
                what = edit.name() + " of " + file.getFileName();
                String before = Files.readString(file);
                String after = edit.change().apply(before);
                local = edit.local() && !after.equals(before) && !file.getFileName().toString().startsWith("secret");
                if (step % 2 == 0) {
                    Files.writeString(file, after);
                } else { // as editors (and sed -i) save: a temporary file beside it, renamed over it
                    Path temporary = file.resolveSibling(".#" + file.getFileName() + "~" + step);
                    Files.writeString(temporary, after);
                    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    state.changed(Set.of(temporary), false);
                }
            }
            state.changed(Set.of(file), false);
            Build.Preview preview = Build.preview(request, state);
            assertEqualsFresh(preview, request, "step " + step + ": " + what);
            if (local) {
                assertThat(state.summary()).as("step " + step + ": " + what).contains("views of 1 profile made again");
                patched++;
            }
        }
        assertThat(patched).isGreaterThan(10);
    }

    private static void assertEqualsFresh(Build.Preview preview, BuildRequest request, String step) {
        Build.Preview fresh = Build.preview(request);
        assertThat(preview.result().diagnostics()).as(step).isEqualTo(fresh.result().diagnostics());
        assertThat(fresh.tree()).as(step + ": " + fresh.result().diagnostics()).isNotNull();
        OutputTree served = preview.tree();
        assertThat(served.files().keySet()).as(step).isEqualTo(fresh.tree().files().keySet());
        served.files().forEach((path, bytes) ->
                assertThat(Arrays.equals(bytes, fresh.tree().files().get(path))).as(step + ": " + path).isTrue());
        assertThat(served.copies()).as(step).isEqualTo(fresh.tree().copies());
    }
}
