package io.github.kudos.serve;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.Fixtures;
import io.github.kudos.output.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server's site between rebuilds: the warm-up's edits, made in memory only, never show. */
class LiveSiteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ORIGIN = "http://127.0.0.1:8080";

    @TempDir
    Path dir;

    @Test
    void warmUpStepsPublishNothingAndLeaveTheNextRebuildAsAFreshBuild() throws Exception {
        Path site = Fixtures.copy("small", dir.resolve("site"));
        BuildRequest request = BuildRequest.build(site, site.resolve("site"), TODAY);
        LiveSite live = new LiveSite(request, () -> TODAY);
        live.origin(ORIGIN);
        live.rebuild(Set.of(), d -> {});
        Snapshot first = live.snapshot();
        Path profile = live.warmUpProfile().orElseThrow();
        assertThat(profile).isEqualTo(site.resolve("content/partners/harbour-markets.yaml")); // published; secret-prospect is not

        live.warmUp(profile); // the profile's summary is now edited in memory
        assertThat(live.snapshot()).isSameAs(first);
        Path other = site.resolve("content/clients/corner-cafe.yaml");
        Files.writeString(other, Files.readString(other).replace("our first wholesale client", "our first client"));
        LiveSite.Change change = live.rebuild(Set.of(other), d -> {});
        assertThat(change.kind()).isEqualTo(LiveSite.Kind.RELOAD);
        assertEqualsFresh(live.snapshot().tree(), request);
        assertThat(new String(live.snapshot().tree().files().get("partners/harbour-markets/index.html")))
                .doesNotContain("(warm-up)");

        for (int step = 0; step < 3; step++) live.warmUp(profile);
        Files.writeString(profile, Files.readString(profile).replaceFirst("(?m)^summary: ", "summary: Still "));
        live.rebuild(Set.of(profile), d -> {});
        assertEqualsFresh(live.snapshot().tree(), request);
        assertThat(new String(live.snapshot().tree().files().get("partners/harbour-markets/index.html")))
                .contains("Still ").doesNotContain("(warm-up)");
    }

    @Test
    void theWarmUpEditAddsToAPlainSummaryOrElseAComment() {
        assertThat(LiveSite.warmUpEdit("name: A\nsummary: Good bread.\nsince: 2020\n"))
                .isEqualTo("name: A\nsummary: Good bread. (warm-up)\nsince: 2020\n");
        assertThat(LiveSite.warmUpEdit("name: A\nsummary: \"Quoted.\"\n"))
                .isEqualTo("# kudos serve warm-up\nname: A\nsummary: \"Quoted.\"\n");
        assertThat(LiveSite.warmUpEdit("name: A\nsummary: >\n  Folded.\n"))
                .startsWith("# kudos serve warm-up\n");
    }

    private static void assertEqualsFresh(OutputTree served, BuildRequest request) {
        OutputTree fresh = Build.preview(request.withBaseUrl(ORIGIN + "/showcase/")).tree();
        assertThat(served.files().keySet()).isEqualTo(fresh.files().keySet());
        served.files().forEach((path, bytes) -> assertThat(Arrays.equals(bytes, fresh.files().get(path))).as(path).isTrue());
        assertThat(served.copies()).isEqualTo(fresh.copies());
    }
}
