package io.github.kudos.render;

import io.github.kudos.diag.Problems;
import io.github.kudos.image.ImageWidths;
import io.github.kudos.output.OutputTree;
import io.github.kudos.site.Output;
import io.github.kudos.site.SiteLink;
import io.github.kudos.theme.Messages;
import io.github.kudos.theme.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the preview server's renders reuse, and that a render with the memo equals one without. */
class RenderMemoTest {
    @TempDir
    Path theme;
    private Renderer renderer;
    private final RenderMemo memo = new RenderMemo();
    private final AtomicInteger made = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/a.ftlh"), "A ${name}");
        Files.writeString(theme.resolve("templates/b.ftlh"), "B ${name}");
        Files.writeString(theme.resolve("templates/broken.ftlh"), "${missing}");
        Files.writeString(theme.resolve("templates/site.ftlh"), "${name} of ${site}");
        renderer = new Renderer(new Theme("t", "", List.of(new Theme.Folder(theme, "theme")), ImageWidths.DEFAULT),
                SiteLink.of("http://example.org/"), new Messages("en", Map.of(), List.of()));
    }

    private OutputTree render(List<Output> outputs) {
        return render(outputs, Map.of("site", "Bakery"));
    }

    private OutputTree render(List<Output> outputs, Map<String, Object> common) {
        Problems problems = new Problems();
        OutputTree tree = renderer.render(outputs, common, problems, memo);
        OutputTree full = renderer.render(outputs, common, new Problems());
        assertThat(tree.files().keySet()).containsExactlyElementsOf(full.files().keySet());
        full.files().forEach((path, bytes) -> assertThat(tree.files().get(path)).as(path).isEqualTo(bytes));
        assertThat(tree.copies()).isEqualTo(full.copies());
        return tree;
    }

    private static Output.Page page(String path, String template, Map<String, Object> model) {
        return new Output.Page(path, "content/x.yaml", null, template, model, null);
    }

    private Output.Binary binary(String path, String content) {
        return new Output.Binary(path, "content/x.png", null, () -> {
            made.incrementAndGet();
            return content.getBytes(StandardCharsets.UTF_8);
        });
    }

    private static String text(OutputTree tree, String path) {
        return new String(tree.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void theSameModelInstanceWithAnotherTemplateIsRenderedAgain() {
        Map<String, Object> model = Map.of("name", "Ada");
        OutputTree first = render(List.of(page("p.html", "a.ftlh", model)));
        OutputTree second = render(List.of(page("p.html", "b.ftlh", model)));

        assertThat(text(first, "p.html")).isEqualTo("A Ada");
        assertThat(text(second, "p.html")).isEqualTo("B Ada");
        assertThat(memo.summary()).isEqualTo("re-rendered 1 of 1 pages");
    }

    @Test
    void aPageIsReusedWhenItsModelIsTheSameOrEqualAndRenderedWhenAReadValueChanged() {
        Map<String, Object> model = Map.of("name", "Ada", "unread", "x");
        OutputTree first = render(List.of(page("p.html", "a.ftlh", model)));
        OutputTree same = render(List.of(page("p.html", "a.ftlh", model)));
        OutputTree equal = render(List.of(page("p.html", "a.ftlh", Map.of("name", "Ada", "unread", "y"))));
        OutputTree changed = render(List.of(page("p.html", "a.ftlh", Map.of("name", "Grace", "unread", "y"))));

        assertThat(same.files().get("p.html")).isSameAs(first.files().get("p.html"));
        assertThat(equal.files().get("p.html")).isSameAs(first.files().get("p.html"));
        assertThat(text(changed, "p.html")).isEqualTo("A Grace");
        assertThat(changed.changesFrom(equal).changed()).containsOnlyKeys("p.html");
        assertThat(equal.changesFrom(first).changed()).isEmpty();
    }

    /** A value that is never equal to another instance, as a view without equals() would be. */
    public static final class Opaque {
        @Override
        public String toString() {
            return "opaque";
        }
    }

    @Test
    void theVeryModelOfTheLastRenderIsReusedWithoutComparingItsValues() {
        Map<String, Object> model = Map.of("name", new Opaque());
        OutputTree first = render(List.of(page("p.html", "a.ftlh", model)));
        OutputTree same = render(List.of(page("p.html", "a.ftlh", model)));
        assertThat(same.files().get("p.html")).isSameAs(first.files().get("p.html"));
        assertThat(memo.summary()).isEqualTo("re-rendered 0 of 1 pages");

        render(List.of(page("p.html", "a.ftlh", Map.of("name", new Opaque()))));
        assertThat(memo.summary()).isEqualTo("re-rendered 1 of 1 pages");
    }

    @Test
    void aTextKeepsItsBytesWhileItIsTheSameAndABinaryWhileItIsTheSameOutput() {
        Output.Binary card = binary("card.png", "png1");
        OutputTree first = render(List.of(new Output.Text("t.json", "s", null, "[1]"), card));
        int makes = made.get();
        OutputTree second = render(List.of(new Output.Text("t.json", "s", null, new String("[1]")), card));
        assertThat(second.files().get("t.json")).isSameAs(first.files().get("t.json"));
        assertThat(second.files().get("card.png")).isSameAs(first.files().get("card.png"));
        assertThat(made.get() - makes).isEqualTo(1); // only the render without memo made it again

        OutputTree third = render(List.of(new Output.Text("t.json", "s", null, "[2]"), binary("card.png", "png2")));
        assertThat(text(third, "t.json")).isEqualTo("[2]");
        assertThat(text(third, "card.png")).isEqualTo("png2");
    }

    @Test
    void aBinaryKeptByOneRenderIsKeptByTheNextToo() {
        Output.Binary card = binary("card.png", "png1");
        render(List.of(card));
        int makes = made.get();
        for (int i = 0; i < 3; i++) render(List.of(card));
        assertThat(made.get() - makes).isEqualTo(3); // the three renders without memo; none with it
    }

    @Test
    void aChangeThatMayReachAnImageMakesEveryBinaryAgain() {
        Output.Binary picture = binary("photo.jpg", "jpg");
        render(List.of(picture));
        memo.changed(false);
        int before = made.get();
        render(List.of(picture));
        assertThat(made.get() - before).isEqualTo(1);

        memo.changed(true);
        before = made.get();
        render(List.of(picture));
        assertThat(made.get() - before).isEqualTo(2);
    }

    @Test
    void outputsAddedRemovedOrMovedGiveTheTreeOfAFullRender() {
        Output.Copy style = new Output.Copy("style.css", "theme", null, Path.of("/theme/style.css"));
        List<Output> outputs = new ArrayList<>(List.of(page("b.html", "a.ftlh", Map.of("name", "B")), style,
                page("a.html", "a.ftlh", Map.of("name", "A"))));
        OutputTree first = render(outputs);
        assertThat(first.files().keySet()).containsExactly("a.html", "b.html");
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(memo.samePaths(List.copyOf(outputs))).isTrue();

        outputs.add(0, page("c/index.html", "b.ftlh", Map.of("name", "C")));
        assertThat(memo.samePaths(outputs)).isFalse();
        OutputTree added = render(outputs);
        assertThat(added.files().keySet()).containsExactly("a.html", "b.html", "c/index.html");
        assertThat(added.files().get("a.html")).isSameAs(first.files().get("a.html"));
        assertThat(added.changesFrom(first).changed()).containsOnlyKeys("c/index.html");

        OutputTree moved = render(List.of(outputs.get(3), outputs.get(0), outputs.get(2)));
        assertThat(moved.files().keySet()).containsExactly("a.html", "c/index.html");
        assertThat(moved.changesFrom(added).removed()).containsExactly("b.html");
        assertThat(moved.copies()).isEqualTo(Map.of("style.css", Path.of("/theme/style.css")));
    }

    @Test
    void theSamePageIsRenderedAgainWhenACommonValueItReadChangedAndNotWhenAnotherDid() {
        Output.Page reads = page("a.html", "site.ftlh", Map.of("name", "Menu"));
        Output.Page doesNot = page("b.html", "a.ftlh", Map.of("name", "B"));
        OutputTree first = render(List.of(reads, doesNot), Map.of("site", "Bakery", "profiles", List.of("x")));
        OutputTree second = render(List.of(reads, doesNot), Map.of("site", "Bakery and Co", "profiles", List.of("x", "y")));
        assertThat(text(second, "a.html")).isEqualTo("Menu of Bakery and Co");
        assertThat(second.files().get("b.html")).isSameAs(first.files().get("b.html"));
        assertThat(memo.summary()).isEqualTo("re-rendered 1 of 2 pages");

        OutputTree third = render(List.of(reads, doesNot), Map.of("site", "Bakery and Co", "profiles", List.of("z")));
        assertThat(third.files().get("a.html")).isSameAs(second.files().get("a.html"));
        assertThat(memo.summary()).isEqualTo("re-rendered 0 of 2 pages");
        OutputTree fourth = render(List.of(reads, doesNot), Map.of("site", "Loaf", "profiles", List.of("z")));
        assertThat(text(fourth, "a.html")).isEqualTo("Menu of Loaf"); // still known to read the site after renders that kept it
        assertThat(fourth.files().get("b.html")).isSameAs(first.files().get("b.html"));
    }

    @Test
    void aPageWithATemplateErrorIsLeftOutAndRenderedOnceItCan() {
        Map<String, Object> model = Map.of("name", "A");
        Problems problems = new Problems();
        OutputTree broken = renderer.render(List.of(page("a.html", "broken.ftlh", model), page("b.html", "a.ftlh", model)),
                Map.of(), problems, memo);
        assertThat(problems.hasErrors()).isTrue();
        assertThat(broken.files().keySet()).containsExactly("b.html");

        OutputTree fixed = render(List.of(page("a.html", "b.ftlh", model), page("b.html", "a.ftlh", model)));
        assertThat(text(fixed, "a.html")).isEqualTo("B A");
        assertThat(fixed.files().get("b.html")).isSameAs(broken.files().get("b.html"));
    }
}
