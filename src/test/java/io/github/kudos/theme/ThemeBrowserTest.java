package io.github.kudos.theme;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theme in a real browser (issue 3): filters and search narrow the list and live in
 * the URL, the dark-mode toggle is remembered, and the keyboard alone reaches every control, each
 * with a visible focus ring. Console errors and axe: {@link ThemeAccessibilityTest}.
 */
class ThemeBrowserTest {
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        server = new StaticServer(DemoSite.built());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void freshState() {
        browser.driver.get(server.url() + "404.html");
        browser.js("localStorage.clear()");
        browser.viewport(1280, 900);
        browser.media("light", "no-preference");
        browser.consoleErrors();
    }

    private void open(String sitePath) {
        browser.driver.get(server.url() + sitePath);
    }

    private List<WebElement> visibleCards() {
        return browser.driver.findElements(By.cssSelector("[data-filter-list] > li")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private String query() {
        return (String) browser.js("return location.search");
    }

    private String count() {
        return browser.driver.findElement(By.id("result-count")).getText();
    }

    @Test
    void searchAndFiltersNarrowTheListAndLiveInTheUrl() {
        open("clients/");
        int all = visibleCards().size();
        assertThat(all).isGreaterThan(5);
        assertThat(browser.driver.findElement(By.id("filters")).isDisplayed()).isTrue();

        WebElement search = browser.driver.findElement(By.id("f-q"));
        search.sendKeys("brew");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> query().contains("q=brew"));
        List<WebElement> found = visibleCards();
        assertThat(found).isNotEmpty().hasSizeLessThan(all);
        assertThat(found).allSatisfy(li -> assertThat(li.getText().toLowerCase()).contains("brew"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> count().equals(found.size() + " of " + all + " clients"));

        search.clear();
        search.sendKeys(Keys.SPACE, Keys.BACK_SPACE);
        Select industry = new Select(browser.driver.findElement(By.id("f-industry")));
        String value = industry.getOptions().get(1).getAttribute("value");
        industry.selectByValue(value);
        assertThat(query()).isEqualTo("?industry=" + value);
        List<WebElement> inIndustry = visibleCards();
        assertThat(inIndustry).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(li -> assertThat(li.getAttribute("data-industry")).isEqualTo(value));
        assertThat(count()).isEqualTo(inIndustry.size() + " of " + all + " clients");

        // a shared link opens the same filtered view
        open("clients/?industry=" + value);
        assertThat(new Select(browser.driver.findElement(By.id("f-industry"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(value);
        assertThat(visibleCards()).hasSameSizeAs(inIndustry);

        browser.driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> query().isEmpty());
        assertThat(visibleCards()).hasSize(all);
        assertThat(count()).isEqualTo("All " + all + " clients");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aSearchFromTheUrlIsRestoredAndNoMatchShowsTheEmptyState() {
        open("clients/?q=zzzz-nothing");
        assertThat(browser.driver.findElement(By.id("f-q")).getAttribute("value")).isEqualTo("zzzz-nothing");
        assertThat(visibleCards()).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("[data-filter-empty]")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("result-count")).getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void theDarkModeToggleIsRememberedAcrossPagesAndReloads() {
        open("");
        WebElement toggle = browser.driver.findElement(By.cssSelector(".theme-toggle"));
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Dark theme");
        String light = background();
        toggle.click();
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        String dark = background();
        assertThat(dark).isNotEqualTo(light);

        browser.driver.navigate().refresh();
        assertThat(background()).isEqualTo(dark);
        assertThat(browser.driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        open("clients/");
        assertThat(background()).isEqualTo(dark);

        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.driver.navigate().refresh();
        assertThat(background()).isEqualTo(light);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSystemDarkPreferenceIsFollowedUntilTheToggleSaysOtherwise() {
        browser.media("dark", "no-preference");
        open("");
        String dark = background();
        assertThat(browser.driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.driver.navigate().refresh();
        assertThat(background()).isNotEqualTo(dark);
    }

    private String background() {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageKindHasLandmarksASkipLinkAndAltText() {
        for (var kind : DemoSite.pageKinds().entrySet()) {
            open(kind.getValue());
            Map<String, Object> page = (Map<String, Object>) browser.js("""
                    var q = function (s) { return document.querySelectorAll(s).length; };
                    return { landmarks: q('header.site-header') + q('main#main') + q('footer.site-footer') + q('nav.site-nav[aria-label]'),
                             h1: q('main h1'), imagesWithoutAlt: q('img:not([alt])'),
                             skip: document.querySelector('a.skip-link').getAttribute('href'),
                             icon: document.querySelector('link[rel=icon]').getAttribute('type') };""");
            assertThat(page).as(kind.getKey()).containsEntry("landmarks", 4L).containsEntry("h1", 1L)
                    .containsEntry("imagesWithoutAlt", 0L).containsEntry("skip", "#main").containsEntry("icon", "image/svg+xml");
        }
    }

    @Test
    void reducedMotionTurnsTransitionsOff() {
        open("");
        String moving = (String) browser.js("return getComputedStyle(document.querySelector('.card')).transitionDuration");
        browser.media("light", "reduce");
        open("");
        String still = (String) browser.js("return getComputedStyle(document.querySelector('.card')).transitionDuration");
        assertThat(moving).contains("0.2s");
        assertThat(still.split(",\\s*")).allSatisfy(d -> assertThat(d).isIn("1e-05s", "0s"));
    }

    @Test
    void theKeyboardAloneReachesEveryControlWithAVisibleFocusRing() {
        for (String path : List.of("", "clients/", DemoSite.pageKinds().get("profile"), DemoSite.pageKinds().get("story"))) {
            open(path);
            assertKeyboardReachesEverything(path);
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        open("clients/");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement first = browser.driver.switchTo().activeElement();
        assertThat(first.getAttribute("class")).isEqualTo("skip-link");
        assertThat(first.isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.js(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", first);
        assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(0);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("main");
    }

    /** Tabs through the page and checks every visible control got the focus, with an outline. */
    @SuppressWarnings("unchecked")
    private void assertKeyboardReachesEverything(String path) {
        List<String> expected = (List<String>) browser.js(DESCRIBE + """
                return Array.from(document.querySelectorAll(
                    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'))
                  .filter(function (e) {
                    return !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                  }).map(describe);""");
        List<String> reached = new ArrayList<>();
        List<String> unringed = new ArrayList<>();
        browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < expected.size() + 3; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            List<Object> focused = (List<Object>) browser.js(DESCRIBE + FOCUS_RING);
            String name = (String) focused.get(0);
            if (name.equals("html:1>body:2") || (!reached.isEmpty() && name.equals(reached.get(0)))) break;
            reached.add(name);
            if (!Boolean.TRUE.equals(focused.get(1))) unringed.add(name);
        }
        assertThat(reached).as(path + ": reached by Tab").containsAll(expected);
        assertThat(unringed).as(path + ": focused without a visible focus ring").isEmpty();
    }

    /** describe(element): its place in the document, e.g. html:1>body:2>header:2>...>a:1. */
    private static final String DESCRIBE = """
            function describe(e) {
              var path = [];
              for (var n = e; n && n.nodeType === 1; n = n.parentElement) {
                var i = 1;
                for (var s = n.previousElementSibling; s; s = s.previousElementSibling) i++;
                path.unshift(n.tagName.toLowerCase() + ':' + i);
              }
              return path.join('>');
            }
            """;

    /** [the focused element, whether it (or the card it stands for) draws a visible outline]. */
    private static final String FOCUS_RING = """
            function ring(n) {
              var s = getComputedStyle(n);
              return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            }
            var e = document.activeElement, card = e.closest('.card');
            return [describe(e), e.matches(':focus-visible') && (ring(e) || (card !== null && ring(card)))];""";
}
