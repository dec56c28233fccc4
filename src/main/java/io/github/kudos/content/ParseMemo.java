package io.github.kudos.content;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The content files the preview server parsed before, with what parsing found: a file whose text
 * did not change since the last build is not parsed again, and its problems are reported again.
 */
public final class ParseMemo {
    /** No memo: every file is parsed, as 'kudos build' does. */
    public static final ParseMemo NONE = new ParseMemo(false);

    private record Parsed(String kind, SourceFile file, Optional<?> result, List<Diagnostic> diagnostics) {}

    private final boolean enabled;
    private final Map<String, Parsed> byPath = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private ParseMemo(boolean enabled) {
        this.enabled = enabled;
    }

    public static ParseMemo create() {
        return new ParseMemo(true);
    }

    @SuppressWarnings("unchecked")
    <T> Optional<T> parse(String kind, SourceFile file, Problems problems, BiFunction<SourceFile, Problems, Optional<T>> parser) {
        if (!enabled) return parser.apply(file, problems);
        seen.add(file.path());
        Parsed before = byPath.get(file.path());
        if (before == null || !before.kind().equals(kind) || !before.file().equals(file)) {
            Problems found = new Problems();
            before = new Parsed(kind, file, parser.apply(file, found), found.sorted());
            byPath.put(file.path(), before);
        }
        before.diagnostics().forEach(problems::add);
        return (Optional<T>) before.result();
    }

    /** Forgets the files the last load did not read (deleted or renamed). */
    void loaded() {
        if (!enabled) return;
        byPath.keySet().retainAll(seen);
        seen.clear();
    }
}
