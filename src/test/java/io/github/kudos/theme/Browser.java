package io.github.kudos.theme;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or a driver; the flags keep
 * Chromium off the network, which this machine does not have.
 */
public final class Browser implements AutoCloseable {
    /** Selenium warns that it has no CDP bindings for this Chromium: only plain CDP commands are used. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    public final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
        TestTools.requireBrowser();
        SELENIUM.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", TestTools.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestTools.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(TestTools.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** The viewport: width x height CSS pixels at scale 1, whatever the window. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** prefers-color-scheme and prefers-reduced-motion as the page sees them. */
    void media(String colorScheme, String reducedMotion) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", reducedMotion))));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The browser console since the last call: errors (SEVERE) only. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /**
     * Loads every image of the page now, lazy ones included (a screenshot beyond the viewport
     * would show them blank), and returns the src of each that failed to load.
     */
    @SuppressWarnings("unchecked")
    List<String> loadAllImages() {
        return (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var images = Array.from(document.images);
                Promise.all(images.map(function (img) {
                  img.loading = 'eager';
                  return img.decode().catch(function () {});
                })).then(function () {
                  done(images.filter(function (img) { return img.naturalWidth === 0; })
                    .map(function (img) { return img.currentSrc || img.src; }));
                });""");
    }

    /**
     * A screenshot of the whole page as a width x 900 window shows it, captured beyond the
     * viewport down to the end of the page, with every image loaded.
     */
    void screenshot(Path file, int width) {
        viewport(width, 900);
        loadAllImages();
        // capturing beyond the viewport grows it: keep main's 60vh at what it is in a 900 px window
        long height = ((Number) js("""
                var main = document.querySelector('main');
                if (main) main.style.minHeight = getComputedStyle(main).minHeight;
                return Math.ceil(document.documentElement.getBoundingClientRect().height);""")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                        "height", Math.min(height, 16000), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
