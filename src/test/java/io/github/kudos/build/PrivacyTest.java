package io.github.kudos.build;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing under private: and nothing unpublished reaches any output file (SPEC section 3): unique
 * markers are planted in every such place, and the whole output is searched for them.
 */
class PrivacyTest {
    private static final String FULL_CONSENT = """
            consent:
              given: 2024-05-02
              scope: [name, logo, quote, story, impact]
            """;
    private static final String SITE = TestSite.SITE + """
            -- content/clients/open.yaml --
            name: Open Kitchen
            logo: assets/logos/open.svg
            industry: Food
            tags: [coffee]
            featured: true
            since: 2015-01-01
            testimonial: { quote: "Lovely people.", author: Pat }
            private:
              contact: markerprivatecontact@open.example
              notes: "MARKER-PRIVATE-NOTE pays late in December"
              nested: { deeper: [MARKER-PRIVATE-NESTED] }
            """ + FULL_CONSENT + """
            -- content/clients/prospect.yaml --
            name: Markerprospect Unconsented Ltd
            logo: assets/logos/prospect.svg
            industry: Marker Secret Industry
            tags: [markertagunconsented]
            -- content/clients/withdrawn.yaml --
            name: Markerwithdrawn Holdings
            industry: Food
            consent:
              given: 2020-01-01
              withdrawn: 2024-01-01
              scope: [name, logo, quote, story, impact]
            -- content/clients/nameless.yaml --
            name: Markernameless Partners
            consent:
              given: 2020-01-01
              scope: [logo, quote]
            -- content/suppliers/draft.yaml --
            name: Markerdraft Bakery
            draft: true
            testimonial: { quote: "MARKER-DRAFT-QUOTE", author: Dee }
            """ + FULL_CONSENT + """
            -- content/partners/scoped.yaml --
            name: Scoped Partner
            logo: assets/logos/scoped.svg
            testimonial: { quote: "MARKER-NO-QUOTE-SCOPE", author: Sue }
            impact: [ { label: MARKER-NO-IMPACT-SCOPE, value: "+1" } ]
            consent:
              given: 2024-05-02
              scope: [name]
            -- content/assets/logos/open.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
            -- content/assets/logos/prospect.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>MARKER-LOGO-OF-PROSPECT</text></svg>
            -- content/assets/logos/scoped.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>MARKER-LOGO-WITHOUT-SCOPE</text></svg>
            """;
    private static final List<String> MARKERS = List.of("markerprivatecontact", "MARKER-PRIVATE-NOTE",
            "MARKER-PRIVATE-NESTED", "Markerprospect", "Marker Secret Industry", "markertagunconsented",
            "Markerwithdrawn", "Markernameless", "Markerdraft", "MARKER-DRAFT-QUOTE", "MARKER-NO-QUOTE-SCOPE",
            "MARKER-NO-IMPACT-SCOPE", "MARKER-LOGO-OF-PROSPECT", "MARKER-LOGO-WITHOUT-SCOPE", "prospect.svg",
            "scoped.svg");

    @TempDir
    Path dir;

    @Test
    void noMarkerReachesAnyOutputFile() {
        TestSite site = TestSite.of(dir, SITE);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, byte[]> tree = TestSite.tree(site.site());
        assertThat(tree).containsKey("clients/open/index.html");
        assertThat(tree).containsKey("partners/scoped/index.html");
        assertThat(new String(tree.get("clients/open/index.html"), StandardCharsets.UTF_8)).contains("Lovely people.");
        assertNoMarkers(tree, MARKERS);
    }

    @Test
    void draftsShowDraftsButStillNothingWithoutConsent() {
        TestSite site = TestSite.of(dir, SITE);
        var run = site.build("--drafts");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, byte[]> tree = TestSite.tree(site.site());
        assertThat(tree).containsKey("suppliers/draft/index.html");
        assertNoMarkers(tree, MARKERS.stream().filter(m -> !m.contains("draft") && !m.contains("DRAFT")).toList());
    }

    @Test
    void theSelfCheckStopsABuildThatWouldLeakAndKeepsThePreviousSite() {
        TestSite site = TestSite.of(dir, SITE);
        assertThat(site.build().exitCode()).isZero();
        Map<String, byte[]> before = TestSite.tree(site.site());
        site.with("content/stories/leak.md", """
                ---
                title: A story
                date: 2024-01-01
                ---
                We also met the people of Markerprospect Unconsented Ltd, and wrote to markerprivatecontact@open.example.
                """);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly( // once, where the story repeats it, not at each page showing the story
                "content/stories/leak.md:5:27: error: privacy check: this repeats the name of unpublished profile "
                        + "content/clients/prospect.yaml, which would be published (nothing under private: and nothing "
                        + "unpublished may reach the site; the previous output is kept)");
        assertThat(TestSite.tree(site.site())).containsExactlyEntriesOf(before);
    }

    /** The HTML sanitiser writes @ as &#64; and + as &#43;: a private address or door code must be found in that form too. */
    @Test
    void aPrivateAddressOrCodeInAStoryIsFoundAsTheSanitiserWritesIt() {
        TestSite site = TestSite.of(dir, SITE.replace("  nested:", "  door: \"code 4711+ENTER\"\n  nested:"));
        assertThat(site.build().exitCode()).isZero();
        Map<String, byte[]> before = TestSite.tree(site.site());
        for (String leak : List.of("Write to <markerprivatecontact@open.example>.", "The back door opens with code 4711+ENTER.")) {
            site.with("content/stories/leak.md", """
                    ---
                    title: A story
                    date: 2024-01-01
                    ---
                    """ + leak + "\n");
            var run = site.build();
            assertThat(run.exitCode()).as(leak).isEqualTo(1);
            assertThat(run.err()).contains("content/stories/leak.md:5:")
                    .contains("privacy check: this repeats a private: value of content/clients/open.yaml");
            assertThat(TestSite.tree(site.site())).containsExactlyEntriesOf(before);
        }
    }

    /** Found in the CLI campaign: a private note pasted into a summary made one error per page showing the card, at 1:1 of each. */
    @Test
    void aSummaryThatRepeatsAPrivateValueIsOneErrorAtItsLine() {
        TestSite site = TestSite.of(dir, SITE.replace("tags: [coffee]\n",
                "tags: [coffee]\nsummary: Note MARKER-PRIVATE-NOTE pays late in December.\n"));
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).containsExactly(
                "content/clients/open.yaml:5:15: error: privacy check: this repeats a private: value of "
                        + "content/clients/open.yaml, which would be published (nothing under private: and nothing "
                        + "unpublished may reach the site; the previous output is kept)");
    }

    /** "İ" lower-cased by String.toLowerCase is two chars: the column after it must still count one. */
    @Test
    void theColumnOfALeakCountsCharactersAsWritten() {
        TestSite site = TestSite.of(dir, SITE);
        site.with("content/stories/leak.md", """
                ---
                title: A story
                date: 2024-01-01
                ---
                İİ met Markerprospect Unconsented Ltd.
                """);
        assertThat(site.build().errorLines()).singleElement().asString()
                .startsWith("content/stories/leak.md:5:8: error: privacy check: this repeats the name of unpublished profile");
    }

    static void assertNoMarkers(Map<String, byte[]> tree, List<String> markers) {
        tree.forEach((path, bytes) -> {
            String text = (path + "\n" + new String(bytes, StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
            for (String marker : markers) {
                assertThat(text).as("marker " + marker + " in " + path).doesNotContain(marker.toLowerCase(Locale.ROOT));
            }
        });
    }
}
