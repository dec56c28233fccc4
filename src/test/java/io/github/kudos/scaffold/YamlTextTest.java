package io.github.kudos.scaffold;

import io.github.kudos.content.Profile;
import io.github.kudos.content.ProfileReader;
import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text written as YAML reads back, through the real profile reader, as exactly that text. */
class YamlTextTest {
    static Stream<String> awkward() {
        return Stream.of("Coho Café", "yes", "No", "NO", "on", "OFF", "true", "False", "null", "Null", "~", "y", "n",
                "1984", "3.14", "0x1F", "1e3", "-5", "+64 4 555 0142", "2015-03-01", "2015-02-30", "12:30", "1:20:30",
                ".inf", ".NaN", "Key: Value", "a #b", "C#", "ends with colon:", "#hash", "- dash", "? question",
                ": colon", "@home", "`tick", "!tag", "!!java.net.URL", "&anchor", "*alias", "%percent", "|pipe", ">gt",
                "'single'", "\"double\"", "O'Brien's", "[flow]", "{map}", "a, b", "back\\slash", "tab\tinside",
                "new\nline", "cr\rreturn", "line\u2028separator", "\u00a0nbsp", "emoji 😀", "東京スイーツ", "Ünïcödé",
                "x".repeat(5000), "  leading", "trailing  ", "bom\uFEFF", "nul\u0000", "bell\u0007", "del\u007f",
                "next\u0085line", "---", "...", "<<", "=SUM(A1)", "a: b: c", "https://coho.example/x?y=1#z");
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void aNameReadsBackExactly(String name) {
        assertThat(read("name: " + YamlText.text(name) + "\n").name()).isEqualTo(name.strip());
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void aTagInAFlowListReadsBackExactly(String tag) {
        Profile profile = read("name: X\ntags: " + YamlText.list(List.of(tag, "other")) + "\n");
        assertThat(profile.tags()).containsExactly(tag.strip(), "other");
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void aPrivateKeyAndValueReadBack(String text) {
        String key = text.length() > 1000 ? "long" : text; // YAML allows no longer key on one line
        Profile profile = read("name: X\nprivate:\n  " + YamlText.text(key) + ": " + YamlText.value(text, 2) + "\n");
        assertThat(profile.privateValues()).containsExactly(text.strip());
    }

    @Test
    void plainOnlyWhenNothingCanMisreadIt() {
        assertThat(YamlText.text("Coho Café")).isEqualTo("Coho Café");
        assertThat(YamlText.text("Food & drink")).isEqualTo("Food & drink");
        assertThat(YamlText.text("https://coho.example")).isEqualTo("https://coho.example");
        assertThat(YamlText.text("yes")).isEqualTo("\"yes\"");
        assertThat(YamlText.text("2015-03-01")).isEqualTo("\"2015-03-01\"");
        assertThat(YamlText.text("Key: Value")).isEqualTo("\"Key: Value\"");
        assertThat(YamlText.text("a #b")).isEqualTo("\"a #b\"");
        assertThat(YamlText.text("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
        assertThat(YamlText.flowItem("a, b")).isEqualTo("\"a, b\"");
        assertThat(YamlText.list(List.of("coffee", "food, drink"))).isEqualTo("[coffee, \"food, drink\"]");
    }

    @Test
    void multiLineTextIsALiteralBlockWhenItCanBeOne() {
        assertThat(YamlText.value("line one\n\n# not a comment\n- not a list", 0))
                .isEqualTo("|-\n  line one\n\n  # not a comment\n  - not a list");
        assertThat(YamlText.value("  starts indented\nnext", 0)).startsWith("\"");
        assertThat(YamlText.value("trailing space \nnext", 0)).startsWith("\"");
    }

    @ParameterizedTest
    @MethodSource("multiLine")
    void aMultiLineBodyReadsBackExactly(String body) {
        assertThat(read("name: X\nbody: " + YamlText.value(body, 0) + "\ndraft: false\n").body()).isEqualTo(body.strip());
    }

    static Stream<String> multiLine() {
        return Stream.of("one\ntwo", "We have baked for **Coho** since 2015.\n\n- a list\n- of things\n\n---\n...",
                "first\n    indented code\nlast", "a\n\n\n\nb", "key: value\n# hash\n  spaced", "tab\tline\nnext\tone",
                "  leading\nlines", "trailing  \nspaces", "windows\r\nline", "emoji 😀\n東京");
    }

    @Test
    void tenThousandRandomTextsReadBack() {
        Random random = new Random(6);
        int[] alphabet = " \t\n\r:#-?,[]{}&*!|>'\"%@`\\~.0123456789aZéß東😀\u0000\u0085\u00a0\u2028\uFEFF".codePoints().toArray();
        StringBuilder yaml = new StringBuilder("name: X\nprivate:\n");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            String value = "v" + i + " " + text;
            texts.add(value.strip());
            yaml.append("  k").append(i).append(": ").append(YamlText.value(value, 2)).append('\n');
        }
        assertThat(read(yaml.toString()).privateValues()).containsExactlyElementsOf(texts);
    }

    private static Profile read(String yaml) {
        Problems problems = new Problems();
        Profile profile = ProfileReader.read(new SourceFile("content/clients/x.yaml", yaml), Relationship.CLIENT, problems)
                .orElseThrow(() -> new AssertionError(problems.sorted() + "\n" + yaml));
        assertThat(problems.sorted()).as(yaml).isEmpty();
        return profile;
    }
}
