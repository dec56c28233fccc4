package io.github.kudos.cli;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the content and the links of the site it builds, without writing anything.", "",
                "Prints every problem of every file as path:line:col: error: message."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        BuildRequest request;
        try {
            request = BuildRequest.check(common.sourceFolder(), common.today()).withDrafts(common.drafts);
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        }
        BuildResult result = Build.run(request);
        Report.diagnostics(result, err);
        if (!result.ok()) {
            err.println("kudos: " + Report.problems(result));
            return Main.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("ok: " + Report.count(result.profiles(), "published profile", "published profiles")
                + ", " + Report.count(result.stories(), "story", "stories") + ", " + Report.count(result.pages(), "page", "pages")
                + (result.warnings() > 0 ? "; " + Report.count(result.warnings(), "warning", "warnings") : ""));
        result.notes().forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
