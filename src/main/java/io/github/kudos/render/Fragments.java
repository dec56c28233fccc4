package io.github.kudos.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cached on=p variant="2">...</@cached>} directive: the markup of its body is made
 * once per object (the very object: a view the model reuses because nothing in it changed) and
 * call site, then copied wherever the same call meets the same object again. A profile's card
 * is shown on its section's list and on the page of each of its terms; a preview rebuild after
 * one edit renders those lists again with every other card unchanged. The body must depend on
 * nothing but the object, the variant and the theme's texts; the renderer that holds the cache
 * is made again when the theme or the site settings change.
 *
 * <p>Entries not used during a render are forgotten at the end of the next one, so the cache
 * holds about one site's fragments however long the preview server runs.
 */
final class Fragments implements TemplateDirectiveModel {
    /** A fragment's place and object, its hash made once: a 3,000-card list looks up 3,000 keys a render. */
    private record Key(Object on, String variant, String template, int line, int column, int hash) {
        static Key of(Object on, String variant, String template, int line, int column) {
            return new Key(on, variant, template, line, column,
                    Objects.hash(System.identityHashCode(on), variant, template, line, column));
        }

        /** Equal only with the very same object: two equal but distinct views may yet differ where the body does not look. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.on == on && key.hash == hash && key.line == line
                    && key.column == column && key.variant.equals(variant) && key.template.equals(template);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A body's markup, and its UTF-8 bytes for a page rendered as bytes. */
    private record Markup(String text, byte[] utf8) {}

    private volatile Map<Key, Markup> current = new ConcurrentHashMap<>();
    private volatile Map<Key, Markup> previous = Map.of();

    /** The name under which the renderer hands a page's {@link PageRuns} to its template's environment. */
    static final String RUNS = "io.github.kudos.runs";
    /** By page path: what the page's cachedEach calls wrote at its last render. */
    private final Map<String, List<Run>> runs = new ConcurrentHashMap<>();

    /** Starts a render: what the last one did not use is dropped at the start of the next. */
    void nextRender() {
        previous = current;
        current = new ConcurrentHashMap<>(previous.size() * 4 / 3 + 16); // a render uses about as many as the last: no resizing
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Key key = key(env, params);
        if (body != null) write(env, key, body, () -> {});
    }

    /** What a body needs before it renders (a loop variable set). */
    @FunctionalInterface
    private interface Prepare {
        void run() throws TemplateModelException;
    }

    /** The markup kept under key, or body's made now; written to the page either way. */
    private void write(Environment env, Key key, TemplateDirectiveBody body, Prepare prepare)
            throws TemplateException, IOException {
        Markup markup = current.get(key);
        if (markup == null) markup = previous.get(key);
        if (markup == null) {
            prepare.run();
            StringWriter out = new StringWriter();
            body.render(out);
            markup = new Markup(out.toString(), out.toString().getBytes(StandardCharsets.UTF_8));
        }
        current.put(key, markup);
        if (env.getOut() instanceof Utf8Writer page) page.write(markup.text(), markup.utf8());
        else env.getOut().write(markup.text());
    }

    /**
     * The {@code <@cachedEach items=list ; p>...</@cachedEach>} directive: {@code <@cached on=p>}
     * around the body for each item of the list, in order; an item whose markup is made already is
     * copied without becoming a template value at all (a 3,000-card list page is mostly that).
     */
    final TemplateDirectiveModel each = (env, params, loopVars, body) -> {
        for (Object name : params.keySet()) {
            if (!name.equals("items") && !name.equals("variant")) {
                throw new TemplateModelException("cachedEach takes items=... and variant=\"...\", not " + name);
            }
        }
        if (!(params.get("items") instanceof AdapterTemplateModel adapter)
                || !(adapter.getAdaptedObject(Object.class) instanceof java.util.Collection<?> items)) {
            throw new TemplateModelException("cachedEach needs items=..., a list of the data model (e.g. items=items)");
        }
        if (loopVars.length != 1) {
            throw new TemplateModelException("cachedEach names one loop variable: <@cachedEach items=items ; p>");
        }
        Object variant = params.get("variant");
        if (variant != null && !(variant instanceof TemplateScalarModel)) {
            throw new TemplateModelException("cachedEach: variant must be text (e.g. variant=level?c)");
        }
        if (body == null) return;
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        Site site = new Site(place.getTemplate().getName(), place.getBeginLine(), place.getBeginColumn(),
                variant == null ? "" : ((TemplateScalarModel) variant).getAsString());
        if (env.getCustomAttribute(RUNS) instanceof PageRuns page && page.depth == 0
                && env.getOut() instanceof Utf8Writer out && !out.pending()) {
            page.depth++;
            try {
                page.made.add(writeRun(env, out, site, page.next(site), items.toArray(), body, loopVars));
            } finally {
                page.depth--;
            }
            return;
        }
        for (Object item : items) {
            write(env, site.key(item), body, () -> loopVars[0] = env.getObjectWrapper().wrap(item));
        }
    };

    /** A cachedEach call site and variant: the item's markup is the same wherever the site meets the same item. */
    private record Site(String template, int line, int column, String variant) {
        Key key(Object item) {
            return Key.of(item, variant, template, line, column);
        }
    }

    /**
     * What one cachedEach call wrote into its page: its items in order, item i's markup being the
     * page's bytes from start + bounds[i] to start + bounds[i + 1].
     */
    private static final class Run {
        private final Site site;
        private final Object[] items;
        private final int[] bounds;
        private final Utf8Writer page;
        private final int start;
        private IdentityHashMap<Object, Integer> positions;

        private Run(Site site, Object[] items, int[] bounds, Utf8Writer page, int start) {
            this.site = site;
            this.items = items;
            this.bounds = bounds;
            this.page = page;
            this.start = start;
        }

        /** Where item was: at expected while the two lists agree (the usual case), else looked up; -1 when it was not there. */
        int find(Object item, int expected) {
            if (expected < items.length && items[expected] == item) return expected;
            if (positions == null) {
                positions = new IdentityHashMap<>(items.length * 2);
                for (int i = items.length - 1; i >= 0; i--) positions.put(items[i], i);
            }
            return positions.getOrDefault(item, -1);
        }
    }

    /**
     * The cachedEach calls of one page being rendered, in order, and the runs its last render made:
     * the nth call finds the nth run of the last render (a body's own nested calls take no part).
     */
    static final class PageRuns {
        private final String path;
        private final List<Run> last;
        private final List<Run> made = new ArrayList<>();
        private int depth;

        private PageRuns(String path, List<Run> last) {
            this.path = path;
            this.last = last;
        }

        private Run next(Site site) {
            Run run = made.size() < last.size() ? last.get(made.size()) : null;
            return run != null && run.site.equals(site) ? run : null;
        }
    }

    /** For a page about to be rendered by the preview server: what its last render's cachedEach calls wrote. */
    PageRuns runsOf(String path) {
        return new PageRuns(path, runs.getOrDefault(path, List.of()));
    }

    /** The page rendered well: its runs are the ones its next render starts from. */
    void keep(PageRuns page) {
        runs.put(page.path, page.made);
    }

    /** Forgets the runs of pages that are gone. */
    void keepRunsOf(Set<String> pages) {
        runs.keySet().retainAll(pages);
    }

    /**
     * A list page rendered again after one edit: the stretches of items that are the last render's
     * very objects are copied from its bytes, and only the others looked up or made. Gives the new
     * run, or null when one can't be told (half a surrogate pair ended a markup).
     */
    private Run writeRun(Environment env, Utf8Writer out, Site site, Run last, Object[] items,
                         TemplateDirectiveBody body, TemplateModel[] loopVars) throws TemplateException, IOException {
        int start = out.size();
        int[] bounds = new int[items.length + 1];
        byte[] before = last == null ? null : last.page.written();
        int from = 0;
        int to = 0; // a stretch of before not copied yet
        int expected = 0;
        boolean whole = true;
        for (int i = 0; i < items.length; i++) {
            bounds[i] = out.size() + (to - from) - start;
            Object item = items[i];
            int at = last == null ? -1 : last.find(item, expected);
            if (at >= 0) {
                int begin = last.start + last.bounds[at];
                if (begin != to) {
                    if (to > from) out.write(before, from, to);
                    from = begin;
                }
                to = last.start + last.bounds[at + 1];
                expected = at + 1;
                continue;
            }
            if (to > from) out.write(before, from, to);
            from = to = 0;
            expected++;
            write(env, site.key(item), body, () -> loopVars[0] = env.getObjectWrapper().wrap(item));
            if (out.pending()) {
                whole = false;
                last = null;
            }
        }
        if (to > from) out.write(before, from, to);
        bounds[items.length] = out.size() - start;
        return whole ? new Run(site, items, bounds, out, start) : null;
    }

    private static Key key(Environment env, Map<?, ?> params) throws TemplateModelException {
        for (Object name : params.keySet()) {
            if (!name.equals("on") && !name.equals("variant")) {
                throw new TemplateModelException("cached takes on=... and variant=\"...\", not " + name);
            }
        }
        Object object = params.get("on");
        if (object == null) {
            throw new TemplateModelException("cached needs on=..., the object its body shows (e.g. <@cached on=p>)");
        }
        if (!(object instanceof AdapterTemplateModel on)) {
            throw new TemplateModelException("cached: on= must be an object of the data model (a profile, a story...), "
                    + "not a text, number or list, which are equal without being the same");
        }
        Object variant = params.get("variant");
        if (variant != null && !(variant instanceof TemplateScalarModel)) {
            throw new TemplateModelException("cached: variant must be text (e.g. variant=level?c)");
        }
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        return Key.of(on.getAdaptedObject(Object.class),
                variant == null ? "" : ((TemplateScalarModel) variant).getAsString(),
                place.getTemplate().getName(), place.getBeginLine(), place.getBeginColumn());
    }
}
