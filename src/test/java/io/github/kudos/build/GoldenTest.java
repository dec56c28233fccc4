package io.github.kudos.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Output files whose exact bytes matter, compared with src/test/resources/golden/small.
 * After an intended change: mvn verify -Dkudos.updateGolden=true, then review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/small");

    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheFixture() {
        var run = kudos("build", "--source", Fixtures.site("small").toString(), "--output", out.resolve("site").toString(),
                "--now", "2026-11-22");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed.xml", "sitemap.xml", "robots.txt", "data/profiles.json",
            "clients/old-mill/monogram.svg", "clients/corner-cafe/index.html", "stories/saturday-sellout/index.html",
            "celebrations/index.html"})
    void matchesGolden(String path) throws IOException {
        String actual = Files.readString(out.resolve("site").resolve(path), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(path);
        if (Boolean.getBoolean("kudos.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dkudos.updateGolden=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
