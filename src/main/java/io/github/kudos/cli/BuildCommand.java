package io.github.kudos.cli;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.BuildResult;
import io.github.kudos.output.SiteWriter;
import io.github.kudos.yaml.YamlMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the site from content/ into the output folder.", "",
                "Everything is checked first; on any error nothing is written and the previous",
                "output stays exactly as it was. The new site is written beside the output folder",
                "and swapped in whole."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <source>/site).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL of the deployed site; overrides url in site.yaml.")
    String baseUrl;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and warnings.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path source = common.sourceFolder();
        Path target = output == null ? source.resolve("site") : output.toAbsolutePath().normalize();
        var refusal = SiteWriter.refusal(source, target);
        if (refusal.isPresent()) return Main.usage(spec, refusal.get());
        if (baseUrl != null && !YamlMap.isHttpUrl(baseUrl)) return Main.usage(spec, "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
        BuildRequest request;
        try {
            request = BuildRequest.build(source, target, common.today());
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        }
        Progress progress = new Progress(err, quiet);
        long start = System.nanoTime();
        BuildResult result = Build.run(request.withBaseUrl(baseUrl).withDrafts(common.drafts).withProgress(progress));
        progress.clear();
        Report.diagnostics(result, err);
        if (!result.ok()) {
            err.println("kudos: " + Report.problems(result) + "; nothing written, " + display(source, target)
                    + " left as it was");
            return Main.CONTENT_ERRORS;
        }
        if (!quiet && result.upToDate()) {
            out.println(display(source, target) + " is up to date: " + Report.count(result.pages(), "page", "pages")
                    + " from " + Report.count(result.profiles(), "profile", "profiles") + " and "
                    + Report.count(result.stories(), "story", "stories") + ", nothing changed since the last build");
            result.notes().forEach(out::println);
        } else if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ENGLISH, "built %s from %s and %s in %.2f s",
                    Report.count(result.pages(), "page", "pages"), Report.count(result.profiles(), "profile", "profiles"),
                    Report.count(result.stories(), "story", "stories"), seconds));
            result.notes().forEach(out::println);
        }
        return 0;
    }

    private static String display(Path source, Path target) {
        return target.startsWith(source) ? source.relativize(target) + "/" : target + "/";
    }
}
