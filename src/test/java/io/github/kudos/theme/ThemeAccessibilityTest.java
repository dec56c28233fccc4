package io.github.kudos.theme;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pass over one page of each kind, light and dark, at a phone and a desktop width, in
 * headless Chromium: axe-core (from npm, test-tools/) finds no serious or critical violation,
 * the console shows no error, every image loads (lazy ones too), nothing is requested from
 * another host. The same pass writes the screenshots to
 * target/screenshots/&lt;kind&gt;-&lt;width&gt;-&lt;scheme&gt;.png for a person to look at.
 */
class ThemeAccessibilityTest {
    static final List<Integer> WIDTHS = List.of(390, 1280);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> violations = new ArrayList<>();
    private static final List<String> consoleErrors = new ArrayList<>();
    private static final List<String> externalRequests = new ArrayList<>();
    private static final List<String> brokenImages = new ArrayList<>();
    private static final List<Path> screenshots = new ArrayList<>();

    @BeforeAll
    static void visitEveryPageKind() throws IOException {
        TestTools.requireNpmTool(TestTools.AXE);
        String axe = Files.readString(TestTools.AXE);
        try (Browser browser = Browser.start(); StaticServer server = new StaticServer(DemoSite.built())) {
            for (String scheme : List.of("light", "dark")) {
                browser.media(scheme, "no-preference");
                for (int width : WIDTHS) {
                    for (var kind : DemoSite.pageKinds().entrySet()) {
                        browser.viewport(width, 900);
                        browser.driver.get(server.url() + kind.getValue());
                        String where = kind.getKey() + " /" + kind.getValue() + " at " + width + "px, " + scheme;
                        browser.loadAllImages().forEach(src -> brokenImages.add(where + ": " + src));
                        browser.consoleErrors().forEach(e -> consoleErrors.add(where + ": " + e));
                        external(browser, server).forEach(r -> externalRequests.add(where + ": " + r));
                        // axe at the desktop width: the phone layout shows the same elements and colours
                        if (width == 1280) axe(browser, axe).forEach(v -> violations.add(where + ": " + v));
                        Path file = SCREENSHOTS.resolve(kind.getKey() + "-" + width + "-" + scheme + ".png");
                        browser.screenshot(file, width);
                        screenshots.add(file);
                    }
                }
            }
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPageKindInLightAndDark() {
        assertThat(violations).isEmpty();
    }

    @Test
    void noPageKindLogsAConsoleError() {
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void noPageKindRequestsAnythingFromAnotherHost() {
        assertThat(externalRequests).isEmpty();
    }

    @Test
    void everyImageOfEveryPageKindLoads() {
        assertThat(brokenImages).isEmpty();
    }

    @Test
    void everyPageKindHasScreenshotsAtBothWidthsInLightAndDark() {
        assertThat(screenshots).hasSize(DemoSite.pageKinds().size() * WIDTHS.size() * 2).allSatisfy(file ->
                assertThat(Files.size(file)).isGreaterThan(5_000));
    }

    @SuppressWarnings("unchecked")
    private static List<String> external(Browser browser, StaticServer server) {
        List<String> resources = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; })");
        return resources.stream().filter(r -> !r.startsWith(server.url())).toList();
    }

    /** The serious and critical violations axe finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(Browser browser, String axe) {
        if (!Boolean.TRUE.equals(browser.js("return typeof axe === 'object'"))) browser.js(axe);
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                      return { id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.slice(0, 5).map(function (n) {
                                 return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                               }) };
                    }));
                }, function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });""");
        return found.stream().map(v -> v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes")).toList();
    }
}
