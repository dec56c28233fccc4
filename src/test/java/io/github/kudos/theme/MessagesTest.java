package io.github.kudos.theme;

import io.github.kudos.TestSite;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Theme texts per language (issue 3): messages/<lang>.yaml, fallbacks, plurals, and no English left. */
class MessagesTest {
    private static final Path DEFAULT_THEME = Path.of("themes", "default");

    @TempDir
    Path dir;

    private static Messages load(Theme theme, String language, Problems problems) {
        return MessagesLoader.load(theme, language, Position.startOf("content/site.yaml"), problems);
    }

    /** The default theme of this repository (themes/ beside pom.xml). */
    private static Theme defaultTheme() {
        return ThemeLoader.load(Path.of(""), "default", new Problems()).orElseThrow();
    }

    @Test
    void languageRegionFallsBackToLanguageThenEnglish() {
        assertThat(MessagesLoader.candidates("de-ch")).containsExactly("de-ch", "de", "en");
        assertThat(MessagesLoader.candidates("en")).containsExactly("en");
        Problems problems = new Problems();
        Messages swiss = load(defaultTheme(), "de-ch", problems);
        assertThat(swiss.get("skip_link")).isEqualTo("Zum Hauptinhalt springen");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void pluralsAndNumbersFollowTheLanguage() {
        Problems problems = new Problems();
        Messages en = load(defaultTheme(), "en", problems);
        Messages de = load(defaultTheme(), "de", problems);
        Messages es = load(defaultTheme(), "es", problems);
        assertThat(en.get("years", 1)).isEqualTo("1 year");
        assertThat(en.get("years", 12)).isEqualTo("12 years");
        assertThat(en.get("years", 1234)).isEqualTo("1,234 years");
        assertThat(de.get("years", 1)).isEqualTo("1 Jahr");
        assertThat(de.get("years", 1234)).isEqualTo("1.234 Jahre");
        assertThat(es.get("celebration_anniversary", 10, "Coho")).isEqualTo("10 años junto a Coho");
        assertThat(en.get("together_since", "2015")).isEqualTo("Together since 2015");
    }

    @Test
    void aMissingKeyOrArgumentIsAnErrorNotABlank() {
        Messages en = load(defaultTheme(), "en", new Problems());
        assertThatThrownBy(() -> en.get("no_such_key")).isInstanceOf(Messages.MissingMessageException.class)
                .hasMessageContaining("no message 'no_such_key' in themes/default/messages/en.yaml");
        assertThatThrownBy(() -> en.get("visit")).hasMessageContaining("uses {0} but was given 0 arguments");
        assertThatThrownBy(() -> en.get("years", "two")).hasMessageContaining("its first argument must be a number");
    }

    @Test
    void everyShippedLanguageHasEveryEnglishKey() throws IOException {
        Set<String> english = keys(DEFAULT_THEME.resolve("messages/en.yaml"));
        assertThat(english).hasSizeGreaterThan(100);
        for (String language : List.of("es", "de")) {
            assertThat(keys(DEFAULT_THEME.resolve("messages/" + language + ".yaml"))).as(language).isEqualTo(english);
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.matches("[a-z_]+:.*")) keys.add(line.substring(0, line.indexOf(':')));
        }
        return keys;
    }

    @Test
    void aChildThemeOverridesKeysOfItsParentAndALanguageWithoutTextsWarns() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "since: 2010-01-01\ntheme: mine\nlanguage: fr") + """
                -- themes/mine/theme.yaml --
                name: mine
                extends: default
                -- themes/mine/messages/en.yaml --
                kind_words: Love letters
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/site.yaml:5:11: warning: theme 'mine' has no texts in 'fr': its pages use English");
        assertThat(site.read("index.html")).contains(">Love letters</a>").contains(">Skip to main content</a>");
    }

    @Test
    void aTemplateAskingForAMissingKeyFailsTheBuildWithItsPosition() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "since: 2010-01-01\ntheme: mine") + """
                -- themes/mine/theme.yaml --
                name: mine
                extends: default
                -- themes/mine/templates/404.ftlh --
                <p>${t("not_a_key")}</p>
                """);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("themes/mine/templates/404.ftlh:1:4: error: template error: no message 'not_a_key'");
    }

    @Test
    void aBrokenMessagesFileIsReportedWithItsPosition() {
        TestSite site = TestSite.of(dir, TestSite.SITE.replace("since: 2010-01-01", "since: 2010-01-01\ntheme: mine") + """
                -- themes/mine/theme.yaml --
                name: mine
                extends: default
                -- themes/mine/messages/en.yaml --
                years: { one: "{0} yr", others: "{0} yrs" }
                """);
        var run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("themes/mine/messages/en.yaml:1:25: error: unknown key 'others' (did you mean 'other'?)");
    }

    /** A whole site in Spanish and in German: not one English text of the theme is left in its pages or feed. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void aSiteInAnotherLanguageHasNoEnglishThemeTextLeft(String language) throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/site.yaml --
                title: Panadería Sol
                url: https://sol.example/
                language: %s
                since: 2010-01-01
                logo: assets/sol.svg
                -- content/assets/sol.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
                -- content/clients/cafe-luna.yaml --
                name: Café Luna
                logo: assets/sol.svg
                industry: Hostelería
                location: Sevilla
                tags: [café]
                since: 2015-03-01
                featured: true
                summary: Cafetería del barrio.
                consent: { given: 2024-05-02, scope: [name, logo, quote, story, impact] }
                testimonial: { quote: "¡Qué pan!", author: Ana Ruiz, role: Dueña }
                impact: [ { label: Pedidos, value: "+40%%" } ]
                milestones: [ { date: 2020-06-01, title: Segundo local } ]
                video: { url: "https://video.example/luna", transcript: "Hola." }
                links: [ { title: Instagram, url: "https://instagram.example/luna" } ]
                body: Trabajamos con Luna desde 2015.
                -- content/clients/bar-mar.yaml --
                name: Bar Mar
                industry: Hostelería
                location: Cádiz
                since: 2012-11-10
                until: 2020-01-31
                consent: { given: 2024-05-02, scope: [name] }
                -- content/suppliers/molino.yaml --
                name: Molino Viejo
                since: 2011-12-20
                consent: { given: 2024-05-02, scope: [name] }
                -- content/partners/mercado.yaml --
                name: Mercado Central
                since: 2019-12-01
                consent: { given: 2024-05-02, scope: [name] }
                -- content/stories/luna.md --
                ---
                title: Un año con Luna
                date: 2024-09-12
                clients: [cafe-luna]
                author: Sam
                tags: [café]
                ---
                Texto.
                """.formatted(language));
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");

        Map<String, String> ownTexts = texts(DEFAULT_THEME.resolve("messages/" + language + ".yaml"));
        List<String> leftovers = new ArrayList<>();
        Map<String, byte[]> output = TestSite.tree(site.site());
        assertThat(output.keySet()).contains("index.html", "clients/index.html", "clients/cafe-luna/index.html",
                "suppliers/index.html", "partners/index.html", "stories/luna/index.html", "industries/index.html",
                "tags/cafe/index.html", "celebrations/index.html", "celebrations/2024/index.html", "404.html");
        Map<String, String> readable = new java.util.TreeMap<>();
        output.forEach((path, bytes) -> {
            if (path.endsWith(".html") || path.equals("feed.xml")) readable.put(path, readableText(new String(bytes, StandardCharsets.UTF_8)));
        });
        for (String fragment : englishFragments(ownTexts)) {
            Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(fragment) + "(?![\\p{L}])");
            readable.forEach((path, text) -> {
                var found = word.matcher(text);
                if (found.find()) {
                    String context = text.substring(Math.max(0, found.start() - 30), Math.min(text.length(), found.end() + 30));
                    leftovers.add(fragment + " in " + path + ": " + context.replace('\n', ' '));
                }
            });
        }
        assertThat(leftovers).isEmpty();
        String profile = site.read("clients/cafe-luna/index.html");
        assertThat(profile).contains(language.equals("es") ? "marzo de 2015" : "März 2015");
    }

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?s)<(script|style)\\b.*?</\\1>");
    private static final Pattern READABLE_ATTRIBUTE = Pattern.compile(
            "\\s(?:alt|title|aria-label|placeholder|content|data-some|data-label-dark)=\"([^\"]*)\"");

    /** What a person reads or hears of a page: its text and the attributes shown or spoken, one per line. */
    private static String readableText(String html) {
        String page = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        StringBuilder text = new StringBuilder();
        var attributes = READABLE_ATTRIBUTE.matcher(page);
        while (attributes.find()) text.append(attributes.group(1)).append('\n');
        // URLs and site paths (/clients/...) are addresses, not text
        return text.append(page.replaceAll("<[^>]*>", "\n")).toString().replaceAll("(https?://|/)[^\\s\"<]*", " ");
    }

    /** The English texts, cut at their placeholders, less words the other language spells the same. */
    private static Set<String> englishFragments(Map<String, String> otherLanguage) throws IOException {
        String other = String.join("\n", otherLanguage.values());
        Set<String> fragments = new LinkedHashSet<>();
        for (String text : texts(DEFAULT_THEME.resolve("messages/en.yaml")).values()) {
            for (String part : text.split("\\{\\d}")) {
                String fragment = part.strip().replaceAll("^[(),.:·]+|[(),.:·]+$", "").strip();
                if (fragment.length() < 3 || !fragment.matches(".*\\p{L}.*")) continue;
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(fragment) + "(?![\\p{L}])").matcher(other).find()) continue;
                fragments.add(fragment);
            }
        }
        return fragments;
    }

    /** Every text of a messages file (plural forms too), by key and form. */
    private static Map<String, String> texts(Path file) throws IOException {
        Problems problems = new Problems();
        String text = Files.readString(file);
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        Optional<io.github.kudos.yaml.YamlMap> map = io.github.kudos.yaml.YamlParser.parseMapping(
                new io.github.kudos.source.SourceFile(file.toString(), text), text, 0, problems);
        map.orElseThrow().keys().forEach(key -> {
            Object value = map.get().plain(key);
            if (value instanceof Map<?, ?> forms) forms.forEach((form, t) -> texts.put(key + "." + form, t.toString()));
            else if (value != null) texts.put(key, value.toString());
        });
        assertThat(problems.sorted()).isEmpty();
        return texts;
    }
}
