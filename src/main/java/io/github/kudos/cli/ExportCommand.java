package io.github.kudos.cli;

import io.github.kudos.diag.Problems;
import io.github.kudos.kit.KitFolder;
import io.github.kudos.scaffold.SiteFolder;
import io.github.kudos.spreadsheet.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every profile, published or not, to a spreadsheet (CSV, UTF-8).", "",
                "One row per profile, with its consent state (never read back by import) and, with "
                        + "--include-private, its private values. Edit it, then bring the changes back with "
                        + "'kudos import FILE.csv --merge'. FILE '-' writes to standard output."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The spreadsheet to write (replaced if it exists).")
    String file;

    @Option(names = "--include-private", description = "Add a private.KEY column for every key under private:. "
            + "Keep such a file to yourself.")
    boolean includePrivate;

    @Mixin
    SiteOptions options = new SiteOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SiteFolder site = options.site();
        boolean toOut = file.equals("-");
        Path target = toOut ? null : Path.of(file).toAbsolutePath().normalize();
        Optional<String> published = target == null ? Optional.empty() : KitFolder.publishedFolder(site.root(), target);
        if (published.isPresent()) {
            return Main.usage(spec, "refusing to write inside " + published.get()
                    + ": this sheet names unpublished profiles and may hold private values, so it must never be published");
        }
        if (target != null && Files.isDirectory(target)) return Main.usage(spec, file + " is a folder");
        if (target != null && !Files.isDirectory(target.getParent())) return Main.usage(spec, "no folder " + target.getParent());
        Problems problems = new Problems();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Exporter.Report> report = toOut ? Exporter.write(site, out, includePrivate, problems)
                : Exporter.writeFile(site, target, includePrivate, problems);
        problems.sorted().forEach(d -> err.println(d.format()));
        if (report.isEmpty()) {
            err.println("kudos: " + Report.count(problems.errorCount(), "error", "errors") + "; nothing exported");
            return Main.CONTENT_ERRORS;
        }
        PrintWriter summary = toOut ? err : out;
        Exporter.Report r = report.get();
        summary.println("exported " + Report.count(r.profiles(), "profile", "profiles") + " to " + (toOut ? "standard output" : file)
                + (r.unpublished() == 0 ? "" : " (" + r.unpublished() + " not published: see the published and consent columns)"));
        if (r.privateLeftOut()) summary.println("private values were left out: add --include-private to export them");
        return 0;
    }
}
