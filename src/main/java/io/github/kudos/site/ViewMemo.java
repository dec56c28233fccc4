package io.github.kudos.site;

import io.github.kudos.memo.Results;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The profile and story views of the preview server's last build. A rebuild still makes every
 * view, but hands out the last build's instance wherever the new one is equal: the pages that did
 * not change then hold the very same objects, and the render memo compares them by identity
 * instead of walking 10,000 profiles again. Work derived from a view (its JSON-LD, a profile's
 * celebrations) is kept with its input and done again only when the input changed; the theme's
 * messages and the site's language and URL are not part of that input: forget() when they change.
 */
public final class ViewMemo {
    /** No memo: every view is new, as 'kudos build' makes them. */
    public static final ViewMemo NONE = new ViewMemo(false);

    private final boolean enabled;
    private final Map<String, Map<String, Object>> last = new ConcurrentHashMap<>();
    /** By kind, then key: a key is a slug, the same string from one rebuild to the next, its hash kept. */
    private final Map<String, Results> derived = new ConcurrentHashMap<>();
    private volatile SiteModel.Basis basis;
    /** What a part of the model planned last, by kind, for the next build to start from. */
    private final Map<String, Object> kept = new ConcurrentHashMap<>();
    /** How the last model was made: -1 whole, else how many profiles' views were made again on the last basis. */
    private volatile int patched = -1;

    private ViewMemo(boolean enabled) {
        this.enabled = enabled;
    }

    public static ViewMemo create() {
        return new ViewMemo(true);
    }

    public void forget() {
        last.clear();
        derived.clear();
        kept.clear();
        basis = null;
    }

    /** What keep() was last given under kind; null when nothing (or no memo). */
    Object kept(String kind) {
        return kept.get(kind);
    }

    void keep(String kind, Object planned) {
        if (enabled) kept.put(kind, planned);
    }

    /** After a change the basis cannot follow (an image, a story): the next model is made whole. */
    public void forgetBasis() {
        basis = null;
    }

    /** The basis of the last model that reported no error; null when there is none (or no memo). */
    SiteModel.Basis basis() {
        return basis;
    }

    void basis(SiteModel.Basis basis) {
        if (enabled) this.basis = basis;
    }

    void made(int patched) {
        this.patched = patched;
    }

    /** How the last model was made, in words for the preview server's terminal. */
    public String summary() {
        return patched < 0 ? "all views made" : "views of " + patched + (patched == 1 ? " profile" : " profiles") + " made again";
    }

    /** What make gives, or the last build's result under the same kind and key when input equals the last input. */
    <T> T derived(String kind, String key, Object input, Supplier<T> make) {
        return enabled ? derived.computeIfAbsent(kind, k -> new Results()).get(key, input, make::get) : make.get();
    }

    /** views, each replaced by the last build's equal view of the same kind and key; remembers the result. */
    <T> List<T> same(String kind, List<T> views, Function<T, String> key) {
        if (!enabled) return views;
        Map<String, Object> before = last.getOrDefault(kind, Map.of());
        List<T> result = views.parallelStream().map(view -> {
            @SuppressWarnings("unchecked")
            T old = (T) before.get(key.apply(view));
            return view.equals(old) ? old : view;
        }).toList();
        Map<String, Object> now = new ConcurrentHashMap<>();
        result.forEach(view -> now.put(key.apply(view), view));
        last.put(kind, now);
        return result;
    }
}
