package io.github.kudos.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results kept under a name with the input they were made from: asked again with an equal input,
 * the kept result is handed out instead of making it again. The preview server's rebuilds use it
 * for work whose input rarely changes between two saves.
 */
public final class Results {
    private record Kept(Object input, Object result) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The result kept under name if it was made from an equal input, else what work makes now (then kept). */
    public <T, E extends Exception> T get(String name, Object input, Work<T, E> work) throws E {
        Kept before = kept.get(name);
        if (before != null && before.input().equals(input)) {
            @SuppressWarnings("unchecked")
            T result = (T) before.result();
            return result;
        }
        T result = work.make();
        kept.put(name, new Kept(input, result));
        return result;
    }

    public void clear() {
        kept.clear();
    }

    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T make() throws E;
    }
}
