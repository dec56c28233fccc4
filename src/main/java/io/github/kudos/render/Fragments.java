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
import java.util.Map;
import java.util.Objects;
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
        String name = place.getTemplate().getName();
        String variantText = variant == null ? "" : ((TemplateScalarModel) variant).getAsString();
        for (Object item : items) {
            Key key = Key.of(item, variantText, name, place.getBeginLine(), place.getBeginColumn());
            write(env, key, body, () -> loopVars[0] = env.getObjectWrapper().wrap(item));
        }
    };

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
