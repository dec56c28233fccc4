package io.github.kudos.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
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
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setSharedVariable("cached", fragments);
        config.setSharedVariable("cachedEach", fragments.each);
        config.setSharedVariable("made", (TemplateMethodModelEx) args -> made.incrementAndGet());
        fragments.nextRender();
        StringWriter out = new StringWriter();
        new Template("t.ftlh", new StringReader(source), config).process(Map.of("items", items), out);
        return out.toString();
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
}
