package io.github.kudos.cli;

import io.github.kudos.build.BuildResult;
import io.github.kudos.diag.Diagnostic;

import java.io.PrintWriter;
import java.util.Locale;

/** How a run's diagnostics and summary are printed. */
final class Report {
    private Report() {}

    static void diagnostics(BuildResult result, PrintWriter err) {
        for (Diagnostic diagnostic : result.diagnostics()) err.println(diagnostic.format());
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }

    /** What a build made: "105 pages from 36 profiles and 10 stories". */
    static String made(BuildResult result) {
        return count(result.pages(), "page", "pages") + " from " + count(result.profiles(), "profile", "profiles")
                + " and " + count(result.stories(), "story", "stories");
    }

    static String problems(BuildResult result) {
        String errors = count(result.errors(), "error", "errors");
        return result.warnings() == 0 ? errors : errors + ", " + count(result.warnings(), "warning", "warnings");
    }
}
