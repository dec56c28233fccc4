package io.github.kudos.build;

import io.github.kudos.check.CheckMemo;
import io.github.kudos.content.ParseMemo;
import io.github.kudos.image.ImageCache;
import io.github.kudos.markdown.Markdown;
import io.github.kudos.output.OutputTree;
import io.github.kudos.publish.PublishMemo;
import io.github.kudos.render.RenderMemo;
import io.github.kudos.render.Renderer;
import io.github.kudos.site.ViewMemo;

import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.theme.Messages;
import io.github.kudos.theme.MessagesLoader;
import io.github.kudos.theme.Theme;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one preview build leaves for the next, so a rebuild redoes only what a change affects:
 * the rendered pages (see {@link RenderMemo}) and the last tree that passed the privacy check,
 * with the secrets it was checked against. Files with the same bytes, checked against the same
 * secrets, need no second look; a file that changed is looked at where it changed.
 */
public final class PreviewState {
    private static final OutputTree NOTHING_PASSED = new OutputTree(Map.of(), Map.of());
    private final ParseMemo parses = ParseMemo.create();
    private final CheckMemo checks = CheckMemo.create();
    private final PublishMemo publishes = PublishMemo.create();
    private final RenderMemo memo = new RenderMemo();
    private final ViewMemo views = ViewMemo.create();
    private OutputTree checked;
    private Map<String, String> secrets;
    private Set<String> publicTexts;
    private Set<Path> changedFiles = Set.of();
    private ImageCache images;
    private Markdown markdown;
    private Renderer renderer;
    private KeptMessages messages;

    /** The theme's texts as loaded for a theme and language, with what loading them reported. */
    private record KeptMessages(List<Object> key, Messages messages, List<Diagnostic> diagnostics) {}

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
        if (images != null) images.changed(files, everything);
        if (!files.stream().allMatch(file -> inContentFolder(file, PROFILE_FOLDERS))) views.forgetBasis();
        memo.changed(!files.stream().allMatch(file -> inContentFolder(file, TEXT_FOLDERS)));
        if (everything) {
            renderer = null;
            messages = null;
            memo.forget();
            views.forget();
            checked = null;
        }
    }

    /**
     * The next builds read file with edit made to its text in memory (null: as it is), as if it had
     * just been saved so; the preview server warms up with this without touching the user's files.
     */
    public void imagine(Path file, UnaryOperator<String> edit) {
        parses.imagine(file, edit);
        changed(Set.of(file), false);
    }

    /** The file of a profile the last build published (the last of them), relative to the site folder. */
    public java.util.Optional<String> aPublishedProfile() {
        List<io.github.kudos.content.Profile> profiles = publishes.lastProfiles();
        return profiles.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(profiles.get(profiles.size() - 1).file());
    }

    private static final Set<String> PROFILE_FOLDERS = Set.copyOf(Arrays.stream(Relationship.values()).map(Relationship::folder).toList());
    private static final Set<String> TEXT_FOLDERS = Set.of("clients", "suppliers", "partners", "stories", "pages");

    /**
     * A file right in one of these folders of content/: a profile (or story, page), or a file the
     * loader passes over, such as the temporary file an editor saves through before renaming it.
     * Neither is an image, and a profile's edit may leave the rest of the model as it was.
     */
    private static boolean inContentFolder(Path file, Set<String> folders) {
        Path folder = file.getParent();
        if (folder == null || folder.getFileName() == null || folder.getParent() == null) return false;
        Path content = folder.getParent().getFileName();
        return content != null && content.toString().equals("content") && folders.contains(folder.getFileName().toString());
    }

    public String summary() {
        return memo.summary() + "; " + views.summary();
    }

    Markdown markdown(String basePath) {
        if (markdown == null || !markdown.basePath().equals(basePath)) markdown = Markdown.remembering(basePath);
        return markdown;
    }

    /**
     * The last build's renderer, with its parsed templates: theme, messages and site URL change only
     * with a change to everything, which drops it.
     */
    Renderer renderer(Supplier<Renderer> make) {
        if (renderer == null) renderer = make.get();
        return renderer;
    }

    /** The theme's texts, read again only after a change to everything (the theme is not content). */
    Messages messages(Theme theme, String language, Position languageAt, Problems problems) {
        List<Object> key = Arrays.asList(theme, language, languageAt);
        if (messages == null || !messages.key().equals(key)) {
            Problems found = new Problems();
            messages = new KeptMessages(key, MessagesLoader.load(theme, language, languageAt, found), found.sorted());
        }
        messages.diagnostics().forEach(problems::add);
        return messages.messages();
    }

    ImageCache images(Path siteFolder) {
        if (images == null) images = ImageCache.remembering(siteFolder);
        return images;
    }

    ParseMemo parses() {
        return parses;
    }

    CheckMemo checks() {
        return checks;
    }

    PublishMemo publishes() {
        return publishes;
    }

    ViewMemo views() {
        return views;
    }

    RenderMemo memo() {
        return memo;
    }

    /**
     * The last tree that passed the privacy check against these same secrets; an empty tree when there
     * is none. The publish memo gives equal secrets as the same instances, so this rarely compares them.
     */
    OutputTree lastPassed(Map<String, String> secrets, Set<String> publicTexts) {
        boolean same = checked != null && same(secrets, this.secrets) && same(publicTexts, this.publicTexts);
        return same ? checked : NOTHING_PASSED;
    }

    /** The part of tree the privacy check has not yet seen: what differs from passed, the last tree that passed. */
    OutputTree unchecked(OutputTree tree, OutputTree passed) {
        Map<String, byte[]> files = tree.changesFrom(passed).changed();
        Map<String, Path> copies = new HashMap<>();
        tree.copies().forEach((path, source) -> {
            if (!source.equals(passed.copies().get(path)) || changedFiles.stream().anyMatch(source::startsWith)) {
                copies.put(path, source);
            }
        });
        return new OutputTree(files, copies);
    }

    private static boolean same(Object now, Object before) {
        return now == before || now.equals(before);
    }

    void passed(OutputTree tree, Map<String, String> secrets, Set<String> publicTexts) {
        this.changedFiles = Set.of();
        this.checked = tree;
        this.secrets = secrets;
        this.publicTexts = publicTexts;
    }
}
