package io.github.kudos.serve;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.PreviewState;
import io.github.kudos.content.SiteConfigReader;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Problems;
import io.github.kudos.diag.Severity;
import io.github.kudos.output.OutputTree;
import io.github.kudos.site.SiteLink;
import io.github.kudos.source.Limits;
import io.github.kudos.source.SourceReader;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The site as the preview server shows it: built in memory, rebuilt on every change, and the
 * difference between two builds told as a {@link Change} for the browsers to follow.
 */
final class LiveSite {
    private final BuildRequest request;
    private final PreviewState state = new PreviewState();
    private volatile String origin;
    /** What the last rebuild printed: a rebuild prints only what is new, not every warning again. */
    private Set<Diagnostic> reported = Set.of();
    private volatile Snapshot snapshot = new Snapshot(null, "/", List.of(), 0);
    /** The path of site.yaml's url as the last rebuild read it. */
    private String lastBasePath;
    /** The profile the last warm-up step edited in memory, if that was the last build. */
    private Path imagined;

    private final Supplier<LocalDate> today;

    LiveSite(BuildRequest request, Supplier<LocalDate> today) {
        this.request = request;
        this.today = today;
    }

    /** The server's own address ("http://127.0.0.1:8080"), for the absolute links; known once it listens. */
    void origin(String origin) {
        this.origin = origin;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Builds the site again; changedFiles are the source files that changed (copied assets are read from them); prints what is new. */
    Change rebuild(Set<Path> changedFiles, Consumer<Diagnostic> report) {
        forgetImagined();
        boolean everything = !changedFiles.stream().allMatch(this::onlyContent);
        // site.yaml is read for its url only when it (or everything) may have changed, not on every edit
        String basePath = everything || lastBasePath == null ? sitePath(request.source()) : lastBasePath;
        lastBasePath = basePath;
        state.changed(changedFiles, everything);
        Build.Preview preview = Build.preview(request.withToday(today.get()).withBaseUrl(origin + basePath), state);
        preview.result().diagnostics().stream().filter(d -> !reported.contains(d)).forEach(report);
        reported = Set.copyOf(preview.result().diagnostics());
        Snapshot before = snapshot;
        if (preview.tree() == null) {
            List<Diagnostic> errors = preview.result().diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList();
            snapshot = new Snapshot(before.tree(), before.basePath(), errors, before.build());
            return Change.errors(errors);
        }
        Change change = before.failing() || before.tree() == null || !basePath.equals(before.basePath()) ? Change.RELOAD
                : Change.between(changed(before.tree(), preview.tree(), changedFiles));
        snapshot = new Snapshot(preview.tree(), basePath, List.of(),
                change.kind() == Kind.NONE ? before.build() : before.build() + 1);
        return change;
    }

    /**
     * One step of warming the JIT up before the first real edit (a cold server rebuilt a 10,000-profile
     * site in 150 ms after it, then in 60-80 ms for the next ten, 25-40 ms only after twenty): a
     * rebuild as after an edit of profile's summary made in memory only, or as the file is, in turn.
     * Nothing is printed or published; the next rebuild reads the profile again as it is.
     */
    void warmUp(Path profile) {
        if (snapshot.tree() == null || snapshot.failing()) return;
        boolean edit = imagined == null;
        if (edit) {
            state.imagine(profile, LiveSite::warmUpEdit);
            imagined = profile;
        } else {
            forgetImagined();
        }
        Build.preview(request.withToday(today.get()).withBaseUrl(origin + lastBasePath), state);
    }

    /** The profile a warm-up step edited in memory is read from its file again. */
    private void forgetImagined() {
        if (imagined == null) return;
        state.imagine(imagined, null);
        imagined = null;
    }

    private static final java.util.regex.Pattern PLAIN_SUMMARY =
            java.util.regex.Pattern.compile("(?m)^summary:[ \\t]+[^\\s'\"|>&*!%@`#\\[{].*$");

    /** Text added to a plain one-line summary (a comment line above the profile when it has none such). */
    static String warmUpEdit(String text) {
        java.util.regex.Matcher summary = PLAIN_SUMMARY.matcher(text);
        if (!summary.find()) return "# kudos serve warm-up\n" + text;
        return text.substring(0, summary.end()) + " (warm-up)" + text.substring(summary.end());
    }

    /** The profile the warm-up edits: one the last build published. */
    java.util.Optional<Path> warmUpProfile() {
        return state.aPublishedProfile().map(request.source()::resolve);
    }

    /** How much the last rebuild could reuse. */
    String summary() {
        return state.summary();
    }

    /**
     * A file of the content that pages show as data; anything else (site.yaml: language, url; the
     * theme; a whole folder the watcher lost track of) may change every page.
     */
    private boolean onlyContent(Path file) {
        Path content = request.source().resolve("content");
        return file.startsWith(content) && !file.equals(content) && !file.equals(content.resolve("site.yaml"))
                && !Files.isDirectory(file);
    }

    private static Set<String> changed(OutputTree before, OutputTree after, Set<Path> changedFiles) {
        OutputTree.Changes files = after.changesFrom(before);
        Set<String> changed = new HashSet<>(files.changed().keySet());
        changed.addAll(files.removed());
        Set<String> copies = new HashSet<>(before.copies().keySet());
        copies.addAll(after.copies().keySet());
        for (String path : copies) {
            Path source = after.copies().get(path);
            if (!Objects.equals(before.copies().get(path), source)
                    || (source != null && changedFiles.stream().anyMatch(source.toAbsolutePath().normalize()::startsWith))) {
                changed.add(path);
            }
        }
        return changed;
    }

    /** The path part of site.yaml's url ("/showcase/"), "/" when there is none or it cannot be read. */
    static String sitePath(Path source) {
        Problems ignored = new Problems();
        String url = new SourceReader(source, ignored)
                .read(source.resolve("content").resolve("site.yaml"), Limits.DEFAULT.yamlBytes())
                .map(file -> SiteConfigReader.read(file, ignored).url())
                .orElse(null);
        if (url == null) return "/";
        try {
            return SiteLink.of(url).basePath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** What browsers showing the site should do after a rebuild. */
    record Change(Kind kind, List<Diagnostic> errors) {
        static final Change NONE = new Change(Kind.NONE, List.of());
        static final Change RELOAD = new Change(Kind.RELOAD, List.of());
        static final Change CSS = new Change(Kind.CSS, List.of());

        static Change errors(List<Diagnostic> errors) {
            return new Change(Kind.ERRORS, errors);
        }

        static Change between(Set<String> changedPaths) {
            if (changedPaths.isEmpty()) return NONE;
            return changedPaths.stream().allMatch(p -> p.endsWith(".css")) ? CSS : RELOAD;
        }
    }

    enum Kind { NONE, RELOAD, CSS, ERRORS }
}
