package io.github.kudos.theme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's page kinds in the demo site's HTML, where the golden pages do not reach: the stories
 * index, the testimonials wall, an alumni profile's timeline, related profiles and the profiles a
 * story is about. (The look of each in a browser: {@link ThemeAccessibilityTest}'s screenshots.)
 */
class ThemePagesTest {

    private static String page(String sitePath) {
        try {
            return Files.readString(DemoSite.built().resolve(sitePath.isEmpty() || sitePath.endsWith("/")
                    ? sitePath + "index.html" : sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void theStoriesIndexShowsEveryStoryWithACoverItsDateAndReadingTime() {
        String index = page("stories/");
        List<String> cards = Arrays.asList(index.split("<article class=\"card story-card\">")).subList(1, 1 + DemoSite.pagesUnder("stories").size());
        assertThat(cards.stream().map(c -> c.replaceAll("(?s).*class=\"card-link\" href=\"([^\"]+)\".*", "$1")).toList())
                .containsExactlyInAnyOrderElementsOf(DemoSite.pagesUnder("stories").stream().map(p -> "/" + p).toList());
        assertThat(cards).allSatisfy(card -> assertThat(card)
                .containsPattern("^\\s*<div class=\"story-cover[^\"]*\"[^>]*>\\s*(<img |<span class=\"story-cover-mark\">)")
                .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\d\">[A-Z][a-z]+ \\d{1,2}, \\d{4}</time> · \\d+ min read"));
    }

    @Test
    void theTestimonialsWallHasEveryQuoteOfEveryProfileInColumns() {
        int onProfiles = 0;
        for (String section : List.of("clients", "suppliers", "partners")) {
            for (String profile : DemoSite.profilePages(section)) {
                onProfiles += all(Pattern.compile("(<figure class=\"quote)"), page(profile)).size();
            }
        }
        String wall = page("testimonials/");
        assertThat(wall).contains("<ul class=\"wall\"");
        assertThat(all(Pattern.compile("(<figure class=\"quote)"), wall)).hasSize(onProfiles).hasSizeGreaterThan(10);
        assertThat(page("css/kudos.css")).containsPattern("\\.wall \\{ columns: 3 [^;]+;")
                .contains(".wall > li { break-inside: avoid;");
    }

    @Test
    void anAlumnusShowsItsYearsAndATimelineFromSinceThroughUntil() {
        String alumnus = DemoSite.profilePages("clients").stream().filter(p -> page(p).contains("badge badge-alumni"))
                .findFirst().orElseThrow();
        String html = page(alumnus);
        assertThat(html).containsPattern("<span class=\"badge badge-alumni\">\\d{4}–\\d{4}</span>");
        String timeline = html.substring(html.indexOf("<ol class=\"timeline\">"), html.indexOf("</ol>", html.indexOf("<ol class=\"timeline\">")));
        assertThat(all(Pattern.compile("<li class=\"timeline-(\\w+)\">"), timeline)).startsWith("since").contains("until");
        List<String> dates = all(Pattern.compile("<time datetime=\"([\\d-]+)\">"), timeline);
        assertThat(dates).as("in date order (a story may come after the end)").isSorted();
    }

    @Test
    void relatedProfilesShareTheIndustryAndAStoryLinksToTheProfilesItIsAbout() {
        Pattern industry = Pattern.compile("<ul class=\"facts\">.*?<a href=\"(/industries/[^\"]+)\"", Pattern.DOTALL);
        int checked = 0;
        for (String profile : DemoSite.profilePages("clients")) {
            String html = page(profile);
            if (!html.contains("class=\"related\"")) continue;
            String own = all(industry, html).get(0);
            String related = html.substring(html.indexOf("class=\"related\""), html.indexOf("</section>", html.indexOf("class=\"related\"")));
            for (String other : all(Pattern.compile("<a class=\"ref-card\" href=\"/([^\"]+)\""), related)) {
                assertThat(all(industry, page(other))).as(profile + " -> " + other).containsExactly(own);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);

        String story = page(DemoSite.pageKinds().get("story"));
        String featuring = story.substring(story.indexOf("class=\"featuring\""), story.indexOf("</div>", story.indexOf("class=\"featuring\"")));
        List<String> about = all(Pattern.compile("href=\"/((?:clients|suppliers|partners)/[^\"]+)\""), featuring);
        assertThat(about).isNotEmpty().allSatisfy(p -> assertThat(DemoSite.built().resolve(p + "index.html")).exists());
    }

    /** Found in the browser campaign: the 404 page named itself canonical, as if /404.html were a page to index. */
    @Test
    void everyPageButThe404NamesItsCanonicalAddress() {
        assertThat(page("404.html")).contains("<meta name=\"robots\" content=\"noindex\">").doesNotContain("rel=\"canonical\"");
        assertThat(page("")).containsPattern("<link rel=\"canonical\" href=\"https?://[^\"]+/\">");
        assertThat(page(DemoSite.pageKinds().get("story"))).contains("<link rel=\"canonical\" href=\"");
    }
}
