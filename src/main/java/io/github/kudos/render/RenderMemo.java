package io.github.kudos.render;

import io.github.kudos.output.OutputTree;
import io.github.kudos.site.Output;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages an earlier build rendered, each with the model values its template actually read.
 * A rebuild renders a page again only when one of those values changed (a profile edit reaches
 * its own page and the pages that show it, not the rest). Values compare with equals(), which
 * the views, as records, define by value; a value without it counts as changed, so a page is
 * never reused wrongly. Only for one theme, site URL and language: forget() when those change.
 */
public final class RenderMemo {
    private static final Object ALL = new Object();

    private record Rendered(String template, Map<Object, Object> read, byte[] bytes) {}

    private record Encoded(String text, byte[] bytes) {}

    private volatile Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final Map<String, Rendered> next = new ConcurrentHashMap<>();
    private volatile Map<String, Encoded> texts = new ConcurrentHashMap<>();
    private final Map<String, Encoded> nextTexts = new ConcurrentHashMap<>();
    private int reused;
    private int rendered;
    private volatile OutputTree last;

    public void forget() {
        pages = new ConcurrentHashMap<>();
        texts = new ConcurrentHashMap<>();
    }

    /** The tree of the last render, whose order the next one takes when it has the same files. */
    OutputTree last() {
        return last;
    }

    void last(OutputTree tree) {
        last = tree;
    }

    /** The bytes of a text output: the last render's array when the text is the same, so later comparisons are identity checks. */
    byte[] bytes(Output.Text output) {
        Encoded before = texts.get(output.path());
        Encoded now = before != null && before.text().equals(output.text()) ? before
                : new Encoded(output.text(), output.text().getBytes(StandardCharsets.UTF_8));
        nextTexts.put(output.path(), now);
        return now.bytes();
    }

    /** How many pages the last render reused and rendered. */
    public String summary() {
        return "re-rendered " + rendered + " of " + (rendered + reused) + " pages";
    }

    /** The bytes of every page whose template and read values are unchanged since the last render. */
    Map<String, byte[]> reusable(List<Output> outputs) {
        Map<Object, IdentityHashMap<Object, Boolean>> same = new IdentityHashMap<>();
        Map<String, byte[]> reusable = new HashMap<>();
        next.clear();
        nextTexts.clear();
        for (Output output : outputs) {
            if (!(output instanceof Output.Page page)) continue;
            Rendered before = pages.get(page.path());
            if (before != null && before.template().equals(page.template()) && unchanged(before.read(), page.model(), same)) {
                reusable.put(page.path(), before.bytes());
                next.put(page.path(), before);
            }
        }
        reused = reusable.size();
        rendered = 0;
        return reusable;
    }

    /** The model as the template sees it, noting each value the template asks for. */
    Reads track(Map<String, Object> model) {
        return new Reads(model);
    }

    void remember(Output.Page page, Reads reads, byte[] bytes) {
        next.put(page.path(), new Rendered(page.template(), reads.read(), bytes));
        synchronized (this) {
            rendered++;
        }
    }

    /** Called once the render is over: what it rendered and reused is what the next one starts from. */
    void finish() {
        pages = new ConcurrentHashMap<>(next);
        next.clear();
        texts = new ConcurrentHashMap<>(nextTexts);
        nextTexts.clear();
    }

    private static boolean unchanged(Map<Object, Object> read, Map<String, Object> model,
                                     Map<Object, IdentityHashMap<Object, Boolean>> same) {
        if (read.containsKey(ALL)) return equal(read.get(ALL), model, same);
        for (Map.Entry<Object, Object> entry : read.entrySet()) {
            if (!equal(entry.getValue(), model.get(entry.getKey()), same)) return false;
        }
        return true;
    }

    /** equals(), remembered per pair of instances: pages share their big values (all profiles), so each pair is compared once. */
    private static boolean equal(Object before, Object now, Map<Object, IdentityHashMap<Object, Boolean>> same) {
        if (before == now) return true;
        if (before == null || now == null) return false;
        return same.computeIfAbsent(before, b -> new IdentityHashMap<>()).computeIfAbsent(now, n -> Objects.equals(before, n));
    }

    /** A read-only view of a page model that records which keys were read, and their values. */
    static final class Reads extends AbstractMap<String, Object> {
        private final Map<String, Object> model;
        private final Map<Object, Object> read = new ConcurrentHashMap<>();
        private volatile boolean all;

        private Reads(Map<String, Object> model) {
            this.model = model;
        }

        @Override
        public Object get(Object key) {
            Object value = model.get(key);
            if (key != null) read.put(key, value == null ? Absent.VALUE : value);
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            get(key);
            return model.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            all = true;
            return model.entrySet();
        }

        Map<Object, Object> read() {
            if (all) return Map.of(ALL, model);
            Map<Object, Object> values = new HashMap<>();
            read.forEach((key, value) -> values.put(key, value == Absent.VALUE ? null : value));
            return values;
        }
    }

    /** A key the template asked for that the model did not have. */
    private enum Absent { VALUE }
}
