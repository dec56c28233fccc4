package io.github.kudos.build;

import io.github.kudos.TestSite;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.output.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilds that reuse the last build's paths still find what a full build finds. */
class PreviewRebuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void aRenameThatKeepsTheNumberOfOutputsButMakesACollisionIsStillAnError() throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/pages/about.md --
                ---
                title: About us
                ---
                Hello.
                """);
        PreviewState state = new PreviewState();
        BuildRequest request = BuildRequest.build(site.root(), site.root().resolve("site"), TODAY);
        assertThat(Build.preview(request, state).tree()).isNotNull();
        Build.Preview again = Build.preview(request, state);
        assertThat(again.tree()).isNotNull();

        Path about = site.root().resolve("content/pages/about.md");
        Path clients = site.root().resolve("content/pages/clients.md");
        Files.move(about, clients);
        state.changed(Set.of(about, clients), false);
        Build.Preview collided = Build.preview(request, state);
        assertThat(collided.tree()).isNull();
        assertThat(collided.result().diagnostics()).map(Diagnostic::format)
                .anyMatch(line -> line.contains("output path 'clients/index.html' would be written by"));

        Files.move(clients, about);
        state.changed(Set.of(about, clients), false);
        OutputTree fixed = Build.preview(request, state).tree();
        OutputTree fresh = Build.preview(request).tree();
        assertThat(fixed.files().keySet()).containsExactlyElementsOf(fresh.files().keySet());
        fresh.files().forEach((path, bytes) -> assertThat(fixed.files().get(path)).as(path).isEqualTo(bytes));
    }
}
