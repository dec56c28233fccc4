package io.github.kudos.build;

import io.github.kudos.content.ParseMemo;
import io.github.kudos.image.ImageCache;
import io.github.kudos.markdown.Markdown;
import io.github.kudos.output.OutputTree;
import io.github.kudos.render.RenderMemo;
import io.github.kudos.site.ViewMemo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one preview build leaves for the next, so a rebuild redoes only what a change affects:
 * the rendered pages (see {@link RenderMemo}) and the last tree that passed the privacy check,
 * with the secrets it was checked against. Files with the same bytes, checked against the same
 * secrets, need no second look; a file that changed is looked at where it changed.
 */
public final class PreviewState {
    private final ParseMemo parses = ParseMemo.create();
    private final RenderMemo memo = new RenderMemo();
    private final ViewMemo views = ViewMemo.create();
    private OutputTree checked;
    private Map<String, String> secrets;
    private Set<String> publicTexts;
    private Set<Path> changedFiles = Set.of();
    private ImageCache images;
    private Markdown markdown;

    /**
     * Files changed since the last build; a change of theme or site settings re-renders every page.
     * They add up until a build passes the privacy check, so a copied file changed while the site
     * would not build is still checked once it does.
     */
    public void changed(Set<Path> files, boolean everything) {
        Set<Path> all = new HashSet<>(changedFiles);
        all.addAll(files);
        changedFiles = Set.copyOf(all);
        parses.changed(files, everything);
        if (everything) {
            memo.forget();
            views.forget();
            checked = null;
        }
    }

    public String summary() {
        return memo.summary();
    }

    Markdown markdown(String basePath) {
        if (markdown == null || !markdown.basePath().equals(basePath)) markdown = Markdown.remembering(basePath);
        return markdown;
    }

    ImageCache images(Path siteFolder) {
        if (images == null) images = ImageCache.remembering(siteFolder);
        return images;
    }

    ParseMemo parses() {
        return parses;
    }

    ViewMemo views() {
        return views;
    }

    RenderMemo memo() {
        return memo;
    }

    /** The part of tree the privacy check has not yet seen with these secrets. */
    OutputTree unchecked(OutputTree tree, Map<String, String> secrets, Set<String> publicTexts) {
        if (checked == null || !secrets.equals(this.secrets) || !publicTexts.equals(this.publicTexts)) return tree;
        Map<String, byte[]> files = tree.changesFrom(checked).changed();
        Map<String, Path> copies = new HashMap<>();
        tree.copies().forEach((path, source) -> {
            if (!source.equals(checked.copies().get(path)) || changedFiles.stream().anyMatch(source::startsWith)) {
                copies.put(path, source);
            }
        });
        return new OutputTree(files, copies);
    }

    /** For each file of toCheck, the version of it that passed the last check against these same secrets, if any. */
    Map<String, byte[]> passedVersions(OutputTree toCheck, Map<String, String> secrets, Set<String> publicTexts) {
        if (checked == null || !secrets.equals(this.secrets) || !publicTexts.equals(this.publicTexts)) return Map.of();
        Map<String, byte[]> versions = new HashMap<>();
        toCheck.files().keySet().forEach(path -> {
            byte[] before = checked.files().get(path);
            if (before != null) versions.put(path, before);
        });
        return versions;
    }

    void passed(OutputTree tree, Map<String, String> secrets, Set<String> publicTexts) {
        this.changedFiles = Set.of();
        this.checked = tree;
        this.secrets = secrets;
        this.publicTexts = publicTexts;
    }
}
