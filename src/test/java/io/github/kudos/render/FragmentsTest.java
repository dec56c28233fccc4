package io.github.kudos.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** <@cached on=x>: the body is made once per object, variant and call site, then copied. */
class FragmentsTest {
    public record Item(String name) {}

    private final Fragments fragments = new Fragments();
    private final AtomicInteger made = new AtomicInteger();

    private String render(String source, Object items) throws Exception {
        StringWriter out = new StringWriter();
        template(fragments, source).process(Map.of("items", items), out);
        return out.toString();
    }

    /** source as a template with the directives of with, its next render started; made() counts the bodies made. */
    private Template template(Fragments with, String source) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setSharedVariable("cached", with);
        config.setSharedVariable("cachedEach", with.each);
        config.setSharedVariable("made", (TemplateMethodModelEx) args -> made.incrementAndGet());
        with.nextRender();
        return new Template("t.ftlh", new StringReader(source), config);
    }

    @Test
    void aBodyIsMadeOncePerObjectVariantAndCallSite() throws Exception {
        Item a = new Item("A & B");
        Item b = new Item("C");
        String first = render("<#list items as i><@cached on=i>[${i.name}${made()}]</@cached></#list>", List.of(a, b, a));
        assertThat(first).isEqualTo("[A &amp; B1][C2][A &amp; B1]");
        assertThat(made).hasValue(2);

        String again = render("<#list items as i><@cached on=i>[${i.name}${made()}]</@cached></#list>", List.of(a, b));
        assertThat(again).isEqualTo("[A &amp; B1][C2]"); // the same objects at the same place, in the next render
        assertThat(made).hasValue(2);

        String equalButNew = render("<#list items as i><@cached on=i>[${i.name}${made()}]</@cached></#list>",
                List.of(new Item("A & B")));
        assertThat(equalButNew).isEqualTo("[A &amp; B3]");
    }

    @Test
    void cachedEachIsCachedAroundTheBodyOfEachItem() throws Exception {
        Item a = new Item("A & B");
        Item b = new Item("C");
        String template = "<@cachedEach items=items ; i>[${i.name}${made()}]</@cachedEach>";
        assertThat(render(template, List.of(a, b, a))).isEqualTo("[A &amp; B1][C2][A &amp; B1]");
        assertThat(render(template, List.of(b, new Item("D"), a))).isEqualTo("[C2][D3][A &amp; B1]");
        assertThat(made).hasValue(3);
        assertThat(render("<#list items as i><@cached on=i>[${i.name}${made()}]</@cached></#list>", List.of(a)))
                .isEqualTo("[A &amp; B4]"); // another call site: another fragment
        assertThatThrownBy(() -> render("<@cachedEach items=items>x</@cachedEach>", List.of(a)))
                .hasMessageContaining("one loop variable");
        assertThatThrownBy(() -> render("<@cachedEach items=\"text\" ; i>x</@cachedEach>", List.of(a)))
                .hasMessageContaining("a list of the data model");
    }

    @Test
    void aVariantOrAnotherPlaceIsAnotherFragment() throws Exception {
        Item a = new Item("A");
        String out = render("<#list items as i><@cached on=i variant=\"2\">${i.name}${made()}</@cached>"
                + "<@cached on=i variant=\"3\">${i.name}${made()}</@cached><@cached on=i>${i.name}${made()}</@cached></#list>",
                List.of(a));
        assertThat(out).isEqualTo("A1A2A3");
    }

    @Test
    void whatARenderDidNotUseIsGoneAfterTheNext() throws Exception {
        Item a = new Item("A");
        Item b = new Item("B");
        String template = "<#list items as i><@cached on=i>${i.name}${made()}</@cached></#list>";
        assertThat(render(template, List.of(a, b))).isEqualTo("A1B2");
        assertThat(render(template, List.of(a))).isEqualTo("A1");
        assertThat(render(template, List.of(a))).isEqualTo("A1");
        assertThat(render(template, List.of(a, b))).isEqualTo("A1B3");
    }

    @Test
    void aCallWithoutAnObjectToKeyOnSaysWhatItNeeds() {
        assertThatThrownBy(() -> render("<@cached variant=\"2\">x</@cached>", List.of()))
                .hasMessageContaining("cached needs on=...");
        assertThatThrownBy(() -> render("<@cached on=\"text\"/>", List.of()))
                .hasMessageContaining("on= must be an object of the data model");
        assertThatThrownBy(() -> render("<#list items as i><@cached on=i colour=\"red\">x</@cached></#list>",
                List.of(new Item("A")))).hasMessageContaining("not colour");
    }

    /** A page as the preview server renders it: as UTF-8 bytes, starting from what the page's last render wrote. */
    private String renderPage(Fragments with, String source, List<?> items) throws Exception {
        Utf8Writer out = new Utf8Writer(16);
        freemarker.core.Environment env = template(with, source).createProcessingEnvironment(Map.of("items", items, "more", items.subList(0, Math.min(2, items.size()))), out);
        Fragments.PageRuns runs = with.runsOf("list/index.html");
        env.setCustomAttribute(Fragments.RUNS, runs);
        env.process();
        byte[] bytes = out.toBytes();
        with.keep(runs);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aListPageRenderedAgainCopiesTheItemsItShowedLastTime() throws Exception {
        Item a = new Item("A");
        Item b = new Item("B");
        Item c = new Item("C");
        String template = "<ul><@cachedEach items=items ; i><li>${i.name}${made()}</li></@cachedEach></ul>";
        assertThat(renderPage(fragments, template, List.of(a, b, c))).isEqualTo("<ul><li>A1</li><li>B2</li><li>C3</li></ul>");
        Item newB = new Item("D");
        assertThat(renderPage(fragments, template, List.of(a, newB, c))).isEqualTo("<ul><li>A1</li><li>D4</li><li>C3</li></ul>");
        assertThat(renderPage(fragments, template, List.of(c, a, newB))).isEqualTo("<ul><li>C3</li><li>A1</li><li>D4</li></ul>");
        assertThat(made).hasValue(4);
    }

    /**
     * Property: whatever the edits between two renders (items replaced, added, dropped, moved, the
     * same item twice, a second call in the page), a page started from its last render is the page
     * a fresh renderer makes.
     */
    @Test
    void aPageStartedFromItsLastRenderIsThePageAFreshRenderMakes() throws Exception {
        String template = "<h1>x</h1><@cachedEach items=items ; i><p>${i.name}</p>"
                + "<#if i.name?length == 2><@cachedEach items=more ; j>(${j.name})</@cachedEach></#if></@cachedEach>"
                + "<hr><@cachedEach items=more variant=\"2\" ; i><b>${i.name}</b></@cachedEach>";
        java.util.Random random = new java.util.Random(7);
        List<Item> items = new java.util.ArrayList<>();
        for (int round = 0; round < 300; round++) {
            int edits = random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = items.isEmpty() ? 0 : random.nextInt(items.size());
                Item fresh = new Item("n" + round + (random.nextBoolean() ? "\u00e9" : "") + e);
                switch (items.isEmpty() ? 0 : random.nextInt(5)) {
                    case 0 -> items.add(at, fresh);
                    case 1 -> items.set(at, fresh);
                    case 2 -> items.remove(at);
                    case 3 -> items.add(at, items.get(random.nextInt(items.size())));
                    default -> java.util.Collections.swap(items, at, random.nextInt(items.size()));
                }
            }
            List<Item> now = List.copyOf(items);
            assertThat(renderPage(fragments, template, now)).as("round " + round)
                    .isEqualTo(renderPage(new Fragments(), template, now));
        }
    }

    @Test
    void halfASurrogatePairAtTheEndOfAnItemIsJoinedWithTheNext() throws Exception {
        Item high = new Item("\uD83D");
        Item low = new Item("\uDE00!");
        String template = "<@cachedEach items=items ; i>${i.name}</@cachedEach>";
        assertThat(renderPage(fragments, template, List.of(high, low))).isEqualTo("\uD83D\uDE00!");
        assertThat(renderPage(fragments, template, List.of(high, low))).isEqualTo("\uD83D\uDE00!");
        assertThat(renderPage(fragments, template, List.of(low, high))).isEqualTo("?!?");
    }
}
