package io.github.kudos.build;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading, rendering and writing run in parallel streams; the output must not depend on it.
 * Parallel streams started inside a ForkJoinPool task run in that pool, so one build runs on a
 * single thread and the other on many, and the two sites must be byte-identical.
 */
class ParallelBuildTest {
    @TempDir
    Path dir;

    @Test
    void aParallelBuildEqualsASequentialBuild() throws Exception {
        Path demo = Fixtures.copy("small", dir.resolve("src"));
        Path sequential = dir.resolve("one-thread");
        Path parallel = dir.resolve("eight-threads");
        BuildResult one = runIn(new ForkJoinPool(1), BuildRequest.build(demo, sequential, LocalDate.of(2026, 11, 22)));
        BuildResult many = runIn(new ForkJoinPool(8), BuildRequest.build(demo, parallel, LocalDate.of(2026, 11, 22)));
        assertThat(one.ok()).as(one.diagnostics().toString()).isTrue();
        assertThat(many.ok()).isTrue();
        assertThat(TestSite.tree(parallel)).containsExactlyEntriesOf(TestSite.tree(sequential));
    }

    private static BuildResult runIn(ForkJoinPool pool, BuildRequest request) throws Exception {
        try {
            return pool.submit(() -> Build.run(request)).get();
        } finally {
            pool.shutdown();
        }
    }
}
