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
                "and swapped in whole.", "",
                "When nothing a build reads (content/, themes/, the options, the day) has changed",
                "since the last build into the same folder, and the folder still holds what that",
                "build wrote, it does nothing and says the site is up to date."})
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
        if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(result.upToDate()
                    ? display(source, target) + " is up to date: " + Report.made(result) + ", nothing changed since the last build"
                    : String.format(Locale.ENGLISH, "built %s in %.2f s", Report.made(result), seconds));
            result.notes().forEach(out::println);
        }
        return 0;
    }

    private static String display(Path source, Path target) {
        return target.startsWith(source) ? source.relativize(target) + "/" : target + "/";
    }
}
