package io.github.kudos.serve;

import io.github.kudos.build.Fixtures;
import io.github.kudos.theme.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** live.js in a real browser: a page reloads on a change, swaps only the stylesheet on a CSS change, shows errors. */
class ServeBrowserTest {
    @TempDir
    static Path temp;

    static Browser browser;
    static PreviewServer server;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        site = Fixtures.copy("small", temp.resolve("site"));
        Fixtures.copyDefaultTheme(site);
        server = PreviewServer.start(new PreviewServer.Settings(site, "127.0.0.1", 0, false, () -> ServeTest.TODAY),
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.close();
    }

    @Test
    void thePageFollowsEditsStylesheetsSwapAndErrorsShowUntilFixed() throws Exception {
        browser.driver.get(server.url() + "clients/corner-cafe/");
        awaitLiveReloadConnected();
        browser.js("window.kudosTestMarker = 'still here'");

        Path css = site.resolve("themes/default/static/css/kudos.css");
        Files.writeString(css, "\nbody { outline: 7px solid rgb(1, 2, 3); }\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        await(() -> "rgb(1, 2, 3)".equals(browser.js("return getComputedStyle(document.body).outlineColor")));
        assertThat(browser.js("return window.kudosTestMarker")).as("a CSS change does not reload").isEqualTo("still here");

        edit("content/clients/corner-cafe.yaml", "website:", "websit:");
        await(() -> !browser.driver.findElements(By.id("kudos-live-errors")).isEmpty());
        assertThat(browser.driver.findElement(By.id("kudos-live-errors")).getText())
                .contains("content/clients/corner-cafe.yaml:3:1: error: unknown key 'websit'");

        edit("content/clients/corner-cafe.yaml", "websit:", "website:");
        edit("content/clients/corner-cafe.yaml", "name: Corner Café", "name: Corner Café & Bakehouse");
        await(() -> browser.driver.findElement(By.tagName("h1")).getText().contains("Bakehouse"));
        assertThat(browser.driver.findElements(By.id("kudos-live-errors"))).isEmpty();
        assertThat(browser.js("return window.kudosTestMarker")).as("an edit reloads the page").isNull();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void awaitLiveReloadConnected() {
        await(() -> "connected".equals(browser.js("return window.kudosLiveReload")));
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        // the page may reload between finding an element and reading it: look again
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }
}
