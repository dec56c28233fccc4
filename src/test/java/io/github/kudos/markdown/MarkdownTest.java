package io.github.kudos.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownTest {
    private final Markdown markdown = new Markdown("/");

    /**
     * Texts without "://", "www." or "@" skip the autolink extension: for thousands of random texts
     * made of every kind of Markdown (and near misses such as "http:", "ww." and "mailto:"), leaving it
     * out changes nothing; where it could matter, it links.
     */
    @Test
    void aTextThatCannotHoldAnAutolinkRendersTheSameWithoutTheExtension() {
        String[] tokens = {"word", "Kererū", "“quoted”", " ", " ", "\n", "\n\n", "*", "**", "_", "`", "~~", "# ", "- ", "1. ",
                "> ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[link](/x/)", "[ref]", "[ref]: /y/\n", "[^1]", "[^1]: note\n",
                "- [x] done\n", "<b>html</b>", "&amp;", "http:", "https:/", "ww.", "example.com", "mailto:", ":", "/", ".",
                "    code\n", "```\nfence\n```\n", "![alt](/i.png)", "<https:", "<", ">", "\\", "\\/", "&", "&#64;", "&commat;",
                "&#58;//", "w&#119;w.", "ww*w*.", "http:\n//", "https:<!-- -->//"};
        java.util.Random random = new java.util.Random(7);
        int compared = 0;
        for (int doc = 0; doc < 8000; doc++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) text.append(tokens[random.nextInt(tokens.length)]);
            String source = text.toString();
            if (Markdown.mayAutolink(source)) continue;
            compared++;
            assertThat(markdown.renderNow(source, false)).as(source).isEqualTo(markdown.renderNow(source, true));
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(Markdown.mayAutolink("https:/\\\\/x and hello&#64;example.com")).isTrue();
        assertThat(markdown.render("see https://example.com, www.example.org or hello@example.com"))
                .contains("href=\"https://example.com\"", "href=\"http://www.example.org\"", "href=\"mailto:hello&#64;example.com\"");
    }

    @Test
    void rendersTheSpecExtensions() {
        String html = markdown.render("""
                # Hello world

                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ and https://example.com

                - [x] done
                - [ ] to do

                Note.[^1]

                [^1]: The footnote.
                """);
        assertThat(html).contains("<h1 id=\"hello-world\">Hello world</h1>")
                .contains("<table>").contains("<td>1</td>")
                .contains("<del>old</del>")
                .contains("<a href=\"https://example.com\" rel=\"noopener\">https://example.com</a>")
                .contains("type=\"checkbox\"")
                .contains("The footnote.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java&#115;cript:alert(1))",
            "<a href=\"java&#x73;cript:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "<form action=\"https://evil.example\"><input name=a></form>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<svg><script>alert(1)</script></svg>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "![x](javascript:alert(1))",
    })
    void hostileMarkdownIsRenderedInert(String hostile) {
        String html = markdown.render(hostile).toLowerCase();
        assertThat(html).doesNotContain("<script", "javascript:", "onerror", "<iframe", "<style", "<form",
                "<object", "<embed", "vbscript:", "data:text", "style=");
    }

    @Test
    void sitePathsAreRootPrefixed() {
        assertThat(new Markdown("/showcase/").render("[About](/about/) and [x](https://a.example/b)"))
                .contains("href=\"/showcase/about/\"").contains("href=\"https://a.example/b\"");
    }

    @Test
    void absurdNestingIsRefusedNotACrash() {
        assertThatThrownBy(() -> markdown.render(">".repeat(5000) + " deep"))
                .isInstanceOf(Markdown.TooDeepException.class);
    }

    @Test
    void deepListsDoNotCrash() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) text.append("  ".repeat(i)).append("- item\n");
        try {
            assertThat(markdown.render(text.toString())).contains("item");
        } catch (Markdown.TooDeepException e) {
            assertThat(e).hasMessageContaining("nested too deeply");
        }
    }
}
