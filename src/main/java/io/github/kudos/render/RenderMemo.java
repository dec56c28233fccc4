package io.github.kudos.render;

import io.github.kudos.output.OutputTree;
import io.github.kudos.site.Output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * What the last render made of each output, so a rebuild makes again only what changed. A page
 * is kept with the model values its template actually read, and rendered again only when one of
 * them changed (a profile edit reaches its own page and the pages that show it, not the rest).
 * Values compare with equals(), which the views, as records, define by value; a value without it
 * counts as changed, so a page is never reused wrongly. The very same model instance needs no
 * comparison at all. Texts keep their encoded bytes; binaries keep their bytes while the output
 * is the same instance (its maker fixed at planning) and no file but content text changed.
 * <p>
 * While the outputs come with the same paths in the same order as last time (the usual edit),
 * everything is found by position: no path is hashed or sorted, and the new tree shares its
 * sorted paths with the last one. Only for one theme, site URL and language: forget() when those change.
 */
public final class RenderMemo {
    private static final Object ALL = new Object();

    /** shared: what the template read that is not among the page's own values (the common values, or absent keys). */
    private record Rendered(String template, Map<String, Object> model, Map<Object, Object> read,
                            Map<Object, Object> shared, byte[] bytes) {
        Rendered(String template, Map<String, Object> model, Map<Object, Object> read, byte[] bytes) {
            this(template, model, read, shared(read, model), bytes);
        }

        private static Map<Object, Object> shared(Map<Object, Object> read, Map<String, Object> model) {
            if (read.containsKey(ALL)) return read;
            Map<Object, Object> shared = new HashMap<>();
            read.forEach((key, value) -> {
                if (!model.containsKey(key)) shared.put(key, value);
            });
            return shared;
        }
    }

    private record Encoded(Output.Text output, byte[] bytes) {}

    private record Made(Output.Binary output, byte[] bytes) {}

    /** differ: the positions whose output is not the very instance of the last render (when same). */
    private record Asked(List<Output> outputs, int size, boolean same, int[] differ) {}

    /**
     * What the last complete render left by position and by slot of its tree, and which pages read
     * each common value (readAll: a page that read its whole model), so the next render can start
     * from it and look only at what changed.
     */
    private record Kept(byte[][] bytes, Path[] copies, byte[][] files, Path[] copied, Map<Object, BitSet> readers,
                        BitSet readAll, int pages) {}

    /** Where the path of each output of the last render sits in its tree's sorted paths. */
    private record Layout(boolean[] copied, int[] slots, OutputTree.Paths files, OutputTree.Paths copies) {}

    /** The last render's outputs, kept so that the next one, when the model hands out the same instances, compares them by identity. */
    private Output[] last = new Output[0];
    /** The last render's layout; null when it was not complete (a page with an error) or not yet made. */
    private Layout layout;
    /** The last answer of samePaths: the build asks before its collision check, the render again (a walk of 50,000 outputs). */
    private Asked asked;
    /** What the last render made of the output at each position of its list (null: nothing to reuse). */
    private Object[] made = new Object[0];
    /** The common values of the last render: a kept page need look only at those that changed since. */
    private Map<String, Object> lastCommon = Map.of();
    /** Null when the last render was not complete or laid out (then every output is looked at). */
    private Kept kept;
    private boolean binariesValid = true;
    private int reused;
    private int rendered;

    public void forget() {
        last = new Output[0];
        layout = null;
        asked = null;
        made = new Object[0];
        lastCommon = Map.of();
        kept = null;
    }

    /**
     * Source files changed; images: one of them may be an image (anything but a file right in
     * content's text folders). A binary's maker may read an image (one published as it is), so the
     * made binaries are not reused after such a change.
     */
    public void changed(boolean images) {
        if (images) binariesValid = false;
    }

    /** How many pages the last render reused and rendered. */
    public String summary() {
        return "re-rendered " + rendered + " of " + (rendered + reused) + " pages";
    }

    /**
     * Whether outputs have the paths of the last render, in the same order: one walk, no hashing.
     * The last render's outputs had no colliding paths (nothing renders before that check), so
     * neither have these.
     */
    public boolean samePaths(List<Output> outputs) {
        return asked(outputs).same();
    }

    private Asked asked(List<Output> outputs) {
        if (asked == null || asked.outputs() != outputs || asked.size() != outputs.size()) asked = compare(outputs);
        return asked;
    }

    private Asked compare(List<Output> outputs) {
        if (layout == null || last.length != outputs.size()) return new Asked(outputs, outputs.size(), false, null);
        int[] differ = new int[16];
        int count = 0;
        for (int i = 0; i < last.length; i++) {
            Output before = last[i];
            Output output = outputs.get(i);
            if (before == output) continue;
            if (!before.path().equals(output.path()) || layout.copied()[i] != output instanceof Output.Copy) {
                return new Asked(outputs, outputs.size(), false, null);
            }
            if (count == differ.length) differ = java.util.Arrays.copyOf(differ, 2 * count);
            differ[count++] = i;
        }
        return new Asked(outputs, outputs.size(), true, java.util.Arrays.copyOf(differ, count));
    }

    /** One render: what can be reused is decided up front for pages, and as each output comes for the rest. */
    Round round(List<Output> outputs, Map<String, Object> common) {
        return new Round(outputs, common);
    }

    final class Round {
        private final List<Output> outputs;
        private final Map<String, Object> common;
        private final boolean samePaths;
        private final Object[] before;
        private final Object[] now;
        private final byte[][] bytes;
        private final Path[] copies;
        private final byte[][] reusable;
        private final boolean binaries = binariesValid;
        private final AtomicInteger fresh = new AtomicInteger();
        /** The positions to look at: every one, or (starting from the last render) only those that may have changed. */
        private final int[] todo;
        private final Kept from;

        private Round(List<Output> outputs, Map<String, Object> common) {
            this.outputs = outputs;
            this.common = common;
            Asked asked = asked(outputs);
            this.samePaths = asked.same();
            this.before = samePaths ? made : byPath(outputs);
            this.from = samePaths && binaries ? kept : null;
            if (from != null) {
                this.now = made.clone();
                this.bytes = from.bytes().clone();
                this.copies = from.copies().clone();
                this.todo = mayHaveChanged(asked.differ(), changedCommon());
                for (int i : todo) { // made again or found reusable below; an output that fails stays missing
                    now[i] = null;
                    bytes[i] = null;
                    copies[i] = null;
                }
            } else {
                this.now = new Object[outputs.size()];
                this.bytes = new byte[outputs.size()][];
                this.copies = new Path[outputs.size()];
                this.todo = IntStream.range(0, outputs.size()).toArray();
            }
            this.reusable = reusablePages();
        }

        /** The outputs that are not the last render's very instances, and the pages that read a common value that changed. */
        private int[] mayHaveChanged(int[] differ, Map<Object, Object> changedCommon) {
            BitSet todo = new BitSet(outputs.size());
            for (int i : differ) todo.set(i);
            if (!changedCommon.isEmpty()) todo.or(from.readAll());
            for (Object key : changedCommon.keySet()) {
                BitSet readers = from.readers().get(key);
                if (readers != null) todo.or(readers);
            }
            return todo.stream().toArray();
        }

        /** Whether the outputs have the last render's paths, in the same order. */
        boolean samePaths() {
            return samePaths;
        }

        /**
         * The positions the renderer must look at, the biggest pages first (the others are the last
         * render's): a 5 MB list page started last would keep the second core idle at the end.
         */
        IntStream todo() {
            if (from == null) return IntStream.of(todo);
            return IntStream.of(todo).boxed().sorted((a, b) -> Integer.compare(sizeHint(b), sizeHint(a)))
                    .mapToInt(Integer::intValue);
        }

        /** The last render's results moved to the positions of the outputs with their paths. */
        private Object[] byPath(List<Output> outputs) {
            Object[] moved = new Object[outputs.size()];
            Map<String, Integer> before = new HashMap<>(last.length * 4 / 3 + 1);
            for (int i = 0; i < last.length; i++) before.put(last[i].path(), i);
            for (int i = 0; i < moved.length; i++) {
                Integer at = before.get(outputs.get(i).path());
                if (at != null) moved[i] = made[at];
            }
            return moved;
        }

        /**
         * Decided before the render, in parallel: each thread remembers the pairs of values it compared,
         * so a big value that many pages show (all profiles) is compared about once per thread.
         */
        private byte[][] reusablePages() {
            ThreadLocal<Map<Object, IdentityHashMap<Object, Boolean>>> same = ThreadLocal.withInitial(IdentityHashMap::new);
            Map<Object, Object> changedCommon = changedCommon();
            byte[][] pages = new byte[outputs.size()][];
            IntStream.of(todo).parallel().forEach(i -> {
                if (outputs.get(i) instanceof Output.Page page && before[i] instanceof Rendered last
                        && last.template().equals(page.template())
                        && (last.model() == page.model() ? readNoneChanged(last.shared(), changedCommon, same)
                            : unchanged(last.read(), page.model(), common, same.get()))) {
                    pages[i] = last.bytes();
                    now[i] = last.model() == page.model() ? last
                            : new Rendered(last.template(), page.model(), last.read(), last.bytes());
                }
            });
            return pages;
        }

        /** The common values that are not the very ones of the last render (a key now missing: null). */
        private Map<Object, Object> changedCommon() {
            Map<Object, Object> changed = new HashMap<>();
            common.forEach((key, value) -> {
                if (lastCommon.get(key) != value) changed.put(key, value);
            });
            lastCommon.keySet().forEach(key -> {
                if (!common.containsKey(key)) changed.put(key, null);
            });
            return changed;
        }

        /** Whether a page whose own values are the very ones it read read none of the common values that changed. */
        private static boolean readNoneChanged(Map<Object, Object> shared, Map<Object, Object> changedCommon,
                                         ThreadLocal<Map<Object, IdentityHashMap<Object, Boolean>>> same) {
            if (shared.containsKey(ALL)) return changedCommon.isEmpty();
            for (Map.Entry<Object, Object> changed : changedCommon.entrySet()) {
                if (shared.containsKey(changed.getKey()) && !equal(shared.get(changed.getKey()), changed.getValue(), same.get())) {
                    return false;
                }
            }
            return true;
        }

        /** About how big the page at i will be: as big as last time (a 5 MB list page then grows no buffer). */
        int sizeHint(int i) {
            if (before[i] instanceof Made binary) return binary.bytes().length;
            return before[i] instanceof Rendered last ? last.bytes().length + 4096 : 16 * 1024;
        }

        /** The page's bytes from the last render, or null when it must be rendered. */
        byte[] reusable(int i) {
            return reusable[i];
        }

        void rendered(int i, Output.Page page, Reads reads, byte[] made) {
            now[i] = new Rendered(page.template(), page.model(), reads.read(), made);
            fresh.incrementAndGet();
        }

        /** The bytes of a text output: the last render's array when the text is the same, so later comparisons are identity checks. */
        byte[] text(int i, Output.Text text) {
            Encoded last = before[i] instanceof Encoded encoded ? encoded : null;
            byte[] encoded = last != null && (last.output() == text || last.output().text().equals(text.text()))
                    ? last.bytes() : text.text().getBytes(StandardCharsets.UTF_8);
            now[i] = new Encoded(text, encoded);
            return encoded;
        }

        /** The last render's bytes of the same binary output, or null. */
        byte[] binary(int i, Output.Binary binary) {
            if (!(binaries && before[i] instanceof Made last && last.output() == binary)) return null;
            now[i] = last; // kept for the next render too, not only this one
            return last.bytes();
        }

        void made(int i, Output.Binary binary, byte[] made) {
            now[i] = new Made(binary, made);
        }

        void file(int i, byte[] made) {
            bytes[i] = made;
        }

        void copy(int i, Path source) {
            copies[i] = source;
        }

        /** The tree of this render, which the memo keeps what it needs from for the next one. */
        OutputTree finish() {
            rendered = fresh.get();
            Object[] previous = made;
            made = now;
            lastCommon = common;
            asked = null;
            binariesValid = true;
            last = outputs.toArray(new Output[0]);
            if (!complete()) layout = null;
            else if (!samePaths) layout = layout().orElse(null);
            if (layout == null) {
                kept = null;
                reused = 0;
                return collected();
            }
            byte[][] files;
            Path[] copied;
            if (from != null) {
                files = from.files().clone();
                copied = from.copied().clone();
                for (int i : todo) place(i, files, copied);
                kept = new Kept(bytes, copies, files, copied, from.readers(), from.readAll(), from.pages());
                for (int i : todo) reindex(i, previous[i], now[i]);
            } else {
                files = new byte[layout.files().size()][];
                copied = new Path[layout.copies().size()];
                for (int i = 0; i < bytes.length; i++) place(i, files, copied);
                int pages = 0;
                for (Output output : last) if (output instanceof Output.Page) pages++;
                kept = new Kept(bytes, copies, files, copied, new HashMap<>(), new BitSet(), pages);
                for (int i = 0; i < now.length; i++) reindex(i, null, now[i]);
            }
            reused = kept.pages() - rendered;
            return OutputTree.of(layout.files(), files, layout.copies(), copied); // the next render changes copies of them
        }

        private void place(int i, byte[][] files, Path[] copied) {
            if (layout.copied()[i]) copied[layout.slots()[i]] = copies[i];
            else files[layout.slots()[i]] = bytes[i];
        }

        /** Keeps the index of which pages read which common value in step with the page at i. */
        private void reindex(int i, Object before, Object now) {
            if (before == now) return;
            if (before instanceof Rendered old) {
                if (old.shared().containsKey(ALL)) kept.readAll().clear(i);
                else old.shared().keySet().forEach(key -> kept.readers().getOrDefault(key, new BitSet()).clear(i));
            }
            if (now instanceof Rendered page) {
                if (page.shared().containsKey(ALL)) kept.readAll().set(i);
                else page.shared().keySet().forEach(key -> kept.readers().computeIfAbsent(key, k -> new BitSet()).set(i));
            }
        }

        /** Whether every output was made (a page with a template error was not). */
        private boolean complete() {
            for (int i : todo) {
                if (bytes[i] == null && copies[i] == null) return false;
            }
            return true;
        }

        private Optional<Layout> layout() {
            Output[] paths = last;
            boolean[] copied = new boolean[outputs.size()];
            List<String> files = new ArrayList<>();
            List<String> copies = new ArrayList<>();
            for (int i = 0; i < paths.length; i++) {
                copied[i] = paths[i] instanceof Output.Copy;
                (copied[i] ? copies : files).add(paths[i].path());
            }
            Optional<OutputTree.Paths> filePaths = OutputTree.Paths.of(files);
            Optional<OutputTree.Paths> copyPaths = OutputTree.Paths.of(copies);
            if (filePaths.isEmpty() || copyPaths.isEmpty()) return Optional.empty();
            int[] slots = new int[paths.length];
            for (int i = 0; i < paths.length; i++) {
                slots[i] = (copied[i] ? copyPaths.get() : filePaths.get()).indexOf(paths[i].path());
            }
            return Optional.of(new Layout(copied, slots, filePaths.get(), copyPaths.get()));
        }

        /** The tree the general way, for a render with missing files or paths written twice. */
        private OutputTree collected() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, Path> copied = new LinkedHashMap<>();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != null) files.put(outputs.get(i).path(), bytes[i]);
                if (copies[i] != null) copied.put(outputs.get(i).path(), copies[i]);
            }
            return new OutputTree(files, copied);
        }
    }

    /** Whether what the template read (or part of it) is what it would read now, in the page's own values over the common ones. */
    private static boolean unchanged(Map<Object, Object> read, Map<String, Object> own, Map<String, Object> common,
                                     Map<Object, IdentityHashMap<Object, Boolean>> same) {
        if (read.containsKey(ALL)) return equal(read.get(ALL), new PageModel(common, own), same);
        for (Map.Entry<Object, Object> entry : read.entrySet()) {
            Object key = entry.getKey();
            if (!equal(entry.getValue(), own.containsKey(key) ? own.get(key) : common.get(key), same)) return false;
        }
        return true;
    }

    /** equals(), remembered per pair of instances: pages share their big values (all profiles), so each pair is compared once. */
    private static boolean equal(Object before, Object now, Map<Object, IdentityHashMap<Object, Boolean>> same) {
        if (before == now) return true;
        if (before == null || now == null) return false;
        return same.computeIfAbsent(before, b -> new IdentityHashMap<>()).computeIfAbsent(now, n -> Objects.equals(before, n));
    }

    /** The model as the template sees it, noting each value the template asks for. */
    Reads track(Map<String, Object> model) {
        return new Reads(model);
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
