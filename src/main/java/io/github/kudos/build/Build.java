package io.github.kudos.build;

import io.github.kudos.check.Checks;
import io.github.kudos.check.LinkCheck;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.ParseMemo;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.image.ImageCache;
import io.github.kudos.kit.Anniversaries;
import io.github.kudos.markdown.Markdown;
import io.github.kudos.output.OutputTree;
import io.github.kudos.output.PrivacyScan;
import io.github.kudos.output.SiteWriter;
import io.github.kudos.publish.Published;
import io.github.kudos.publish.Publisher;
import io.github.kudos.render.Renderer;
import io.github.kudos.site.Output;
import io.github.kudos.site.Routes;
import io.github.kudos.site.SiteLink;
import io.github.kudos.site.SiteModel;
import io.github.kudos.site.ViewMemo;
import io.github.kudos.theme.Messages;
import io.github.kudos.theme.MessagesLoader;
import io.github.kudos.theme.Theme;
import io.github.kudos.theme.ThemeLoader;
import io.github.kudos.theme.ThemeStatics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline: load -> check -> publish -> model -> render -> privacy scan -> write. Every stage
 * reports into one {@link Problems}; the first stage that ends with an error stops the run
 * before anything touches the output folder.
 */
public final class Build {
    static final String FALLBACK_URL = "http://localhost:8080/";

    private Build() {}

    public static BuildResult run(BuildRequest request) {
        Made made = make(request, request.write(), null);
        if (made.tree() == null || made.problems().hasErrors()) return made.result(false);
        if (!request.write()) {
            LinkCheck.check(made.tree(), made.link(), made.problems());
            return made.result(false);
        }
        request.progress().accept("writing " + made.tree().size() + " files");
        SiteWriter.write(made.tree(), request.output(), request.drafts());
        made.cache().prune();
        request.progress().accept("done");
        return made.result(true);
    }

    /**
     * Builds the site in memory for the preview server: everything {@link #run} checks, the image
     * cache used and filled, nothing written. The tree is null when the build has errors.
     */
    public static Preview preview(BuildRequest request) {
        return preview(request, null);
    }

    /** A preview build that reuses what the last one made, as far as the changes noted in state allow. */
    public static Preview preview(BuildRequest request, PreviewState state) {
        Made made = make(request, true, state);
        boolean ok = made.tree() != null && !made.problems().hasErrors();
        return new Preview(made.result(false), ok ? made.tree() : null);
    }

    /** A site built in memory: what {@link #preview} gives the preview server. */
    public record Preview(BuildResult result, OutputTree tree) {}

    private static Made make(BuildRequest request, boolean cacheWritable, PreviewState state) {
        Problems problems = new Problems();
        request.progress().accept("reading content");
        Content content = ContentLoader.load(request.source(), problems, state == null ? ParseMemo.NONE : state.parses());
        request.progress().accept("checking " + content.profiles().size() + " profiles");
        Published published = Publisher.publish(content, request.drafts());
        Checks.run(request.source(), content, request.drafts(), request.today(), problems);
        Optional<Theme> theme = ThemeLoader.load(request.source(), content.site().theme(), problems);
        if (problems.hasErrors() || theme.isEmpty()) return new Made(problems, published, null, null, null, request);

        request.progress().accept("planning pages");
        SiteLink link = SiteLink.of(baseUrl(request, content, problems));
        Messages messages = MessagesLoader.load(theme.get(), content.site().language(),
                content.site().positions().language(), problems);
        ImageCache cache = state != null ? state.images(request.source()) : ImageCache.of(request.source(), cacheWritable);
        List<Output> outputs = new ArrayList<>(SiteModel.build(published,
                new SiteModel.Settings(link, request.today(), request.source(), messages, theme.get().images(), cache,
                        state != null ? state.markdown(link.basePath()) : new Markdown(link.basePath()),
                        state != null ? state.views() : ViewMemo.NONE),
                problems));
        request.progress().accept("checking output paths");
        outputs.addAll(ThemeStatics.outputs(theme.get()));
        Routes.checkCollisions(outputs, problems);
        if (problems.hasErrors()) return new Made(problems, published, null, link, cache, request);

        request.progress().accept("rendering " + outputs.size() + " files");
        OutputTree tree = new Renderer(theme.get(), link, messages).render(outputs, problems,
                state == null ? null : state.memo());
        request.progress().accept("checking privacy");
        OutputTree toCheck = state == null ? tree : state.unchecked(tree, published.secrets(), published.publicTexts());
        PrivacyScan.check(toCheck, state == null ? Map.of() : state.passedVersions(toCheck, published.secrets(),
                published.publicTexts()), published.secrets(), published.publicTexts(), problems);
        if (state != null && !problems.hasErrors()) state.passed(tree, published.secrets(), published.publicTexts());
        return new Made(problems, published, tree, link, cache, request);
    }

    private record Made(Problems problems, Published published, OutputTree tree, SiteLink link, ImageCache cache,
                        BuildRequest request) {
        BuildResult result(boolean written) {
            BuildResult result = Build.result(problems, tree, published, written);
            if (tree == null || problems.hasErrors()) return result;
            return result.withNotes(Anniversaries.reminder(published.profiles(), request.today()).stream().toList());
        }
    }

    private static String baseUrl(BuildRequest request, Content content, Problems problems) {
        if (request.baseUrl() != null) return request.baseUrl();
        if (content.site().url() != null) return content.site().url();
        problems.warning(Position.startOf("content/site.yaml"), "no 'url' set: absolute links (feed, sitemap, "
                + "canonical) use " + FALLBACK_URL, "set url: to the address of the deployed site, or pass --base-url");
        return FALLBACK_URL;
    }

    private static BuildResult result(Problems problems, OutputTree tree, Published published, boolean written) {
        return new BuildResult(problems.sorted(), tree == null ? 0 : tree.pageCount(), tree == null ? 0 : tree.size(),
                published.profiles().size(), published.stories().size(), written);
    }
}
