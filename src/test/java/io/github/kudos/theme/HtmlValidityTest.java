package io.github.kudos.theme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Nu Html Checker (vnu.jar from the vnu-jar npm package, test-tools/) on every page of the demo site. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheDemoSiteIsValidHtml() throws IOException, InterruptedException {
        TestTools.requireNpmTool(TestTools.VNU);
        Path site = DemoSite.built();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process vnu = new ProcessBuilder(List.of(java, "-Xss8m", "-jar", TestTools.VNU.toAbsolutePath().toString(),
                "--errors-only", "--skip-non-html", "--format", "gnu", site.toString()))
                .redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(report.replace(site.toUri().toString(), "/").replace(site + "/", "/")).as("vnu errors").isEmpty();
        assertThat(vnu.exitValue()).isZero();
        assertThat(DemoSite.allPages()).hasSizeGreaterThan(50);
    }
}
