package io.github.kudos.build;

import io.github.kudos.check.CheckMemo;
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
import io.github.kudos.output.StagedSite;
import io.github.kudos.publish.PublishMemo;
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
 * before anything touches the output folder. A build that writes streams each rendered file
 * through the privacy check into a staged folder, swapped in only when no file had a problem;
 * kudos check and the preview server build the site in memory instead.
 */
public final class Build {
    static final String FALLBACK_URL = "http://localhost:8080/";

    private Build() {}

    public static BuildResult run(BuildRequest request) {
        String inputs = request.write() ? UpToDate.inputs(request) : null;
        Optional<BuildResult> upToDate = UpToDate.check(request, inputs);
        if (upToDate.isPresent()) return upToDate.get();
        Plan plan = plan(request, request.write(), null);
        if (!plan.ready()) return plan.result(0, 0, false);
        if (request.write()) {
            BuildResult result = write(plan);
            UpToDate.record(request, inputs, result);
            return result;
        }
        OutputTree tree = inMemory(plan, null);
        if (!plan.problems().hasErrors()) LinkCheck.check(tree, plan.link(), plan.problems());
        return plan.result(tree.pageCount(), tree.size(), false);
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
        Plan plan = plan(request, true, state);
        if (!plan.ready()) return new Preview(plan.previewResult(0, 0), null);
        OutputTree tree = inMemory(plan, state);
        return new Preview(plan.previewResult(tree.pageCount(), tree.size()), plan.ready() ? tree : null);
    }

    /** A site built in memory: what {@link #preview} gives the preview server. */
    public record Preview(BuildResult result, OutputTree tree) {}

    /** Everything up to rendering; outputs is null when an earlier stage found an error. */
    private static Plan plan(BuildRequest request, boolean cacheWritable, PreviewState state) {
        Problems problems = new Problems();
        request.progress().accept("reading content");
        Content content = ContentLoader.load(request.source(), problems, state == null ? ParseMemo.NONE : state.parses());
        request.progress().accept("checking " + content.profiles().size() + " profiles");
        Published published = Publisher.publish(content, request.drafts(),
                state == null ? PublishMemo.NONE : state.publishes());
        Checks.run(request.source(), content, request.drafts(), request.today(), problems,
                state == null ? CheckMemo.NONE : state.checks());
        Optional<Theme> theme = ThemeLoader.load(request.source(), content.site().theme(),
                content.site().positions().theme(), problems);
        if (problems.hasErrors() || theme.isEmpty()) return new Plan(request, problems, published, null, null, null, null, null);

        request.progress().accept("planning pages");
        SiteLink link = SiteLink.of(baseUrl(request, content, problems));
        Messages messages = state != null
                ? state.messages(theme.get(), content.site().language(), content.site().positions().language(), problems)
                : MessagesLoader.load(theme.get(), content.site().language(), content.site().positions().language(), problems);
        ImageCache cache = state != null ? state.images(request.source()) : ImageCache.of(request.source(), cacheWritable);
        SiteModel.Planned model = SiteModel.build(published,
                new SiteModel.Settings(link, request.today(), request.source(), messages, theme.get().images(), cache,
                        state != null ? state.markdown(link.basePath()) : new Markdown(link.basePath()),
                        state != null ? state.views() : ViewMemo.NONE),
                problems);
        List<Output> outputs = new ArrayList<>(model.outputs());
        request.progress().accept("checking output paths");
        outputs.addAll(ThemeStatics.outputs(theme.get()));
        if (state == null || !state.memo().samePaths(outputs)) Routes.checkCollisions(outputs, problems);
        if (problems.hasErrors()) return new Plan(request, problems, published, link, cache, null, null, null);
        Renderer renderer = state != null ? state.renderer(() -> new Renderer(theme.get(), link, messages))
                : new Renderer(theme.get(), link, messages);
        return new Plan(request, problems, published, link, cache, renderer, outputs, model.common());
    }

    /**
     * The build that writes: each file is privacy-checked and written as soon as it is rendered,
     * so the site is never whole in memory; any error leaves the staged folder uncommitted.
     */
    private static BuildResult write(Plan plan) {
        BuildRequest request = plan.request();
        Published published = plan.published();
        request.progress().accept("rendering and writing " + plan.outputs().size() + " files");
        try (StagedSite site = StagedSite.open(request.output(), request.drafts(),
                PrivacyScan.checker(published.secrets(), published.publicTexts(), LeakSources.of(request.source(), published),
                        plan.problems()))) {
            plan.renderer().render(plan.outputs(), plan.common(), plan.problems(), site);
            if (!plan.ready()) return plan.result(site.pageCount(), site.size(), false);
            request.progress().accept("replacing the output");
            site.commit();
            plan.cache().prune();
            request.progress().accept("done");
            return plan.result(site.pageCount(), site.size(), true);
        }
    }

    /** The site rendered into memory and privacy-checked, for kudos check and the preview server. */
    private static OutputTree inMemory(Plan plan, PreviewState state) {
        Problems problems = plan.problems();
        Published published = plan.published();
        plan.request().progress().accept("rendering " + plan.outputs().size() + " files");
        OutputTree tree = plan.renderer().render(plan.outputs(), plan.common(), problems, state == null ? null : state.memo());
        plan.request().progress().accept("checking privacy");
        LeakSources sources = LeakSources.of(plan.request().source(), published);
        if (state == null) {
            PrivacyScan.check(tree, published.secrets(), published.publicTexts(), sources, problems);
            return tree;
        }
        OutputTree passed = state.lastPassed(published.secrets(), published.publicTexts());
        PrivacyScan.check(state.unchecked(tree, passed), passed.files(), published.secrets(), published.publicTexts(),
                sources, problems);
        if (!problems.hasErrors()) state.passed(tree, published.secrets(), published.publicTexts());
        return tree;
    }

    private record Plan(BuildRequest request, Problems problems, Published published, SiteLink link, ImageCache cache,
                        Renderer renderer, List<Output> outputs, Map<String, Object> common) {
        boolean ready() {
            return outputs != null && !problems.hasErrors();
        }

        /** What the preview server shows of a build: no anniversary reminder (a walk of every profile), which it never prints. */
        BuildResult previewResult(long pages, int files) {
            return new BuildResult(problems.sorted(), pages, files, published.profiles().size(),
                    published.stories().size(), false);
        }

        BuildResult result(long pages, int files, boolean written) {
            BuildResult result = new BuildResult(problems.sorted(), pages, files, published.profiles().size(),
                    published.stories().size(), written);
            if (!ready()) return result;
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
}
