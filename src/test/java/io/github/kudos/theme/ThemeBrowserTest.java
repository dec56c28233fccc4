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
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        WebElement chip = browser.driver.findElement(By.cssSelector("[data-chips=industry] button[data-value]:not([data-value=''])"));
        String value = chip.getAttribute("data-value");
        chip.click();
        assertThat(chip.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.cssSelector("[data-chips=industry] button[data-value='']"))
                .getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(query()).isEqualTo("?industry=" + value);
        List<WebElement> inIndustry = visibleCards();
        assertThat(inIndustry).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(li -> assertThat(li.getAttribute("data-industry")).isEqualTo(value));
        assertThat(count()).isEqualTo(inIndustry.size() + " of " + all + " clients");

        // a shared link opens the same filtered view
        open("clients/?industry=" + value);
        assertThat(browser.driver.findElement(By.cssSelector("[data-chips=industry] [aria-pressed=true]"))
                .getAttribute("data-value")).isEqualTo(value);
        assertThat(visibleCards()).hasSameSizeAs(inIndustry);

        // a drop-down filter (more than 12 choices) combines with the chips
        Select tag = new Select(browser.driver.findElement(By.id("f-tag")));
        String tagValue = tag.getOptions().get(1).getAttribute("value");
        tag.selectByValue(tagValue);
        assertThat(query()).isEqualTo("?industry=" + value + "&tag=" + tagValue);
        assertThat(visibleCards()).allSatisfy(li -> assertThat(li.getAttribute("data-industry")).isEqualTo(value))
                .allSatisfy(li -> assertThat(" " + li.getAttribute("data-tags") + " ").contains(" " + tagValue + " "));

        browser.driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> query().isEmpty());
        assertThat(visibleCards()).hasSize(all);
        assertThat(count()).isEqualTo("All " + all + " clients");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void withoutJavaScriptEveryProfileIsListedAndEveryTaxonomyLinkLeadsToItsProfiles() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            for (String section : List.of("clients", "suppliers", "partners")) {
                open(section + "/");
                assertThat(browser.driver.findElement(By.id("filters")).isDisplayed()).as("the filters need JavaScript").isFalse();
                List<WebElement> cards = browser.driver.findElements(By.cssSelector("[data-filter-list] > li"));
                assertThat(cards).as(section).allMatch(WebElement::isDisplayed);
                assertThat(cards.stream().map(ThemeBrowserTest::cardPath).toList()).as(section + ": every published profile")
                        .containsExactlyInAnyOrderElementsOf(DemoSite.profilePages(section).stream().map(p -> "/" + p).toList());
                Map<String, List<String>> expected = new TreeMap<>();
                for (WebElement card : cards) {
                    for (var taxonomy : Map.of("industry", "industries", "location", "locations").entrySet()) {
                        String slug = card.getAttribute("data-" + taxonomy.getKey());
                        if (slug.isEmpty()) continue;
                        String term = "/" + taxonomy.getValue() + "/" + slug + "/";
                        expected.computeIfAbsent(term, t -> new ArrayList<>()).add(cardPath(card));
                    }
                }
                List<String> chips = browser.driver.findElements(By.cssSelector(".browse a.chip")).stream()
                        .map(a -> path(a.getAttribute("href"))).toList();
                assertThat(chips).as(section + ": a browse link for every industry and location")
                        .containsExactlyInAnyOrderElementsOf(expected.keySet());
                for (int i = 0; i < chips.size(); i++) {
                    open(section + "/");
                    browser.driver.findElements(By.cssSelector(".browse a.chip")).get(i).click();
                    assertThat(path(browser.driver.getCurrentUrl())).isEqualTo(chips.get(i));
                    List<String> listed = browser.driver.findElements(By.cssSelector("main [data-filter-list] > li, main .cards > li"))
                            .stream().filter(li -> !li.findElements(By.cssSelector(".profile-card")).isEmpty())
                            .map(ThemeBrowserTest::cardPath).filter(p -> p.startsWith("/" + section + "/")).toList();
                    assertThat(listed).as(chips.get(i)).containsExactlyInAnyOrderElementsOf(expected.get(chips.get(i)));
                }
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private static String cardPath(WebElement card) {
        return path(card.findElement(By.cssSelector("a.card-link")).getAttribute("href"));
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    /** A visitor types what a card shows ("Wellington", "Hospitality") or a tag: the search finds it. */
    @Test
    void theSearchFindsTheIndustryLocationAndTagsOfEachCard() {
        open("clients/");
        Map<String, List<String>> byAttribute = Map.of("data-location", List.of("wellington-nz", "wellington"),
                "data-industry", List.of("hospitality", "hospitality"), "data-tags", List.of("coffee", "coffee"));
        for (var entry : byAttribute.entrySet()) {
            String slug = entry.getValue().get(0), word = entry.getValue().get(1);
            open("clients/");
            List<String> expected = visibleCards().stream()
                    .filter(li -> (" " + li.getAttribute(entry.getKey()) + " ").contains(" " + slug + " "))
                    .map(ThemeBrowserTest::cardPath).toList();
            assertThat(expected).as(slug).isNotEmpty();
            open("clients/?q=" + word);
            assertThat(visibleCards().stream().map(ThemeBrowserTest::cardPath).toList()).as("search " + word)
                    .containsAll(expected);
        }
    }

    /**
     * On a 390 px phone no page is wider than the screen, and on the suppliers' poster no logo is
     * wider than its column (they overlapped each other and the names, at 390 and 1280 px alike).
     */
    @Test
    void nothingIsWiderThanAPhoneAndThePosterLogosFitTheirColumns() {
        List<String> pages = new ArrayList<>(DemoSite.pageKinds().values());
        pages.addAll(List.of("embed/", "suppliers/poster/"));
        for (int width : List.of(390, 1280)) {
            browser.viewport(width, 844);
            for (String page : pages) {
                open(page);
                if (width == 390) {
                    assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as(page).isLessThanOrEqualTo(390L);
                }
            }
            open("suppliers/poster/");
            assertThat(browser.js("""
                    return Array.from(document.querySelectorAll('.poster-logos li')).filter(function (li) {
                      return li.firstElementChild.getBoundingClientRect().width > li.getBoundingClientRect().width + 0.5;
                    }).length""")).as("poster logos wider than their column at " + width + " px").isEqualTo(0L);
        }
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
                             icon: document.querySelector('link[rel=icon]').getAttribute('type'),
                             iconIsTheLogo: document.querySelector('link[rel=icon]').href === document.querySelector('img.brand-logo').src };""");
            assertThat(page).as(kind.getKey()).containsEntry("landmarks", 4L).containsEntry("h1", 1L)
                    .containsEntry("imagesWithoutAlt", 0L).containsEntry("skip", "#main").containsEntry("icon", "image/svg+xml")
                    .containsEntry("iconIsTheLogo", true);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHomePageShowsTheBusinessItsNumbersFeaturedProfilesEveryLogoStoriesAndQuotes() {
        List<String> withLogo = new ArrayList<>();
        int clients = 0;
        for (String section : List.of("clients", "suppliers", "partners")) {
            open(section + "/");
            List<WebElement> cards = browser.driver.findElements(By.cssSelector("[data-filter-list] > li"));
            if (section.equals("clients")) clients = cards.size();
            cards.stream().filter(li -> !li.findElements(By.cssSelector(".card-mark .mark-logo")).isEmpty())
                    .map(ThemeBrowserTest::cardPath).forEach(withLogo::add);
        }
        open("");
        Map<String, Object> home = (Map<String, Object>) browser.js("""
                var texts = function (q) { return Array.from(document.querySelectorAll(q)).map(function (e) { return e.textContent.trim(); }); };
                var paths = function (q) { return Array.from(document.querySelectorAll(q)).map(function (a) { return new URL(a.href).pathname; }); };
                return { title: texts('.hero h1'), tagline: texts('.hero .hero-tagline'), cta: paths('.hero .actions a.button'),
                         stats: texts('.stats li'), featured: paths('[aria-labelledby=featured-title] .card-link'),
                         wall: paths('.logo-wall a'), stories: paths('[aria-labelledby=stories-title] .card-link'),
                         quotes: texts('[aria-labelledby=quotes-title] blockquote') };""");
        assertThat(home.get("title")).isEqualTo(List.of("Harbour & Vine Catering"));
        assertThat(home.get("tagline")).isEqualTo(List.of("Feeding Wellington since 2009"));
        assertThat((List<String>) home.get("cta")).startsWith("/clients/");
        assertThat((List<String>) home.get("stats")).contains("17 years in business", clients + " clients celebrated",
                DemoSite.pagesUnder("stories").size() + " stories told");
        assertThat((List<String>) home.get("featured")).isNotEmpty().allMatch(p -> p.matches("/(clients|suppliers|partners)/[^/]+/"));
        assertThat((List<String>) home.get("wall")).as("a logo for every published profile that has one")
                .containsExactlyInAnyOrderElementsOf(withLogo);
        assertThat((List<String>) home.get("stories")).isNotEmpty().allMatch(p -> p.startsWith("/stories/"));
        assertThat((List<String>) home.get("quotes")).hasSizeBetween(2, 6);
    }

    @Test
    void theLogoWallIsGreyUntilALogoIsHoveredOrFocused() {
        browser.media("light", "reduce"); // no transition, so the computed filter is the final one
        open("");
        List<WebElement> links = browser.driver.findElements(By.cssSelector(".logo-wall a"));
        assertThat(filter(links.get(0))).isEqualTo("grayscale(1)");
        // From another element first: a pointer already resting where the logo lands gives the page no hover.
        new Actions(browser.driver).moveToElement(links.get(1)).moveToElement(links.get(0)).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> filter(links.get(0)).equals("none"));
        assertThat(filter(links.get(0))).isEqualTo("none");
        browser.js("arguments[0].focus()", links.get(1));
        assertThat(browser.js("return arguments[0].matches(':focus-visible')", links.get(1))).isEqualTo(true);
        // The style is recalculated on the next frame: wait for it, as for the hover (a run read it too early).
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> filter(links.get(1)).equals("none"));
        assertThat(filter(links.get(1))).isEqualTo("none");
        assertThat(filter(links.get(2))).isEqualTo("grayscale(1)");
    }

    private String filter(WebElement wallLink) {
        return (String) browser.js("return getComputedStyle(arguments[0].querySelector('img')).filter", wallLink);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProfilePrintsBlackOnWhiteWithoutNavigationAndWithTheWebsiteAddress() {
        browser.js("localStorage.setItem('kudos-theme', 'dark')");
        open(DemoSite.pageKinds().get("profile"));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Map<String, Object> printed = (Map<String, Object>) browser.js("""
                var shown = function (q) {
                  return Array.from(document.querySelectorAll(q)).some(function (e) { return getComputedStyle(e).display !== 'none'; });
                };
                return { background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color,
                         shown: ['.site-nav', '.header-tools', '.pager', '.related', '.breadcrumb', '.footer-grid', '.skip-link']
                           .filter(shown),
                         content: ['main h1', '.profile-head .mark', '.quote', '.impact-list'].filter(shown),
                         website: getComputedStyle(document.querySelector('.profile-head .button'), '::after').content,
                         href: document.querySelector('.profile-head .button').getAttribute('href') };""");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(printed).containsEntry("background", "rgb(255, 255, 255)").containsEntry("text", "rgb(0, 0, 0)")
                .containsEntry("shown", List.of())
                .containsEntry("content", List.of("main h1", ".profile-head .mark", ".quote", ".impact-list"))
                .containsEntry("website", "\" (" + printed.get("href") + ")\"");
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
        for (String path : DemoSite.pageKinds().values()) {
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
