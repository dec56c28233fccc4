package io.github.kudos.cli;

import io.github.kudos.scaffold.SampleSite;
import io.github.kudos.scaffold.SiteFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a site folder that builds at once.", "",
                "Writes content/site.yaml, a sample client, supplier, partner, story and about page, a .gitignore, "
                        + "a README with the next steps, and ready hosting configs with cache headers: a GitHub Actions "
                        + "workflow that publishes to GitHub Pages, a netlify.toml and a Cloudflare Pages "
                        + "_headers file.", "",
                "DIR must be empty (or not exist yet) unless --force is given; even then no existing file is "
                        + "overwritten: it is skipped, and the command says so."})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder to create the site in (default: current folder).")
    Path dir = Path.of("");

    @Option(names = "--title", paramLabel = "TEXT", description = "Your business's name (default: from the folder name).")
    String title;

    @Option(names = "--force", description = "Add the sample files to a folder that is not empty, skipping every file that exists.")
    boolean force;

    @Mixin
    NowOption now = new NowOption();

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate today = now.today();
        SiteFolder site = SiteFolder.of(dir);
        if (Files.exists(site.root()) && !Files.isDirectory(site.root())) {
            return Main.usage(spec, site.display("") + " is a file, not a folder");
        }
        if (title != null && (title.isBlank() || Names.hasControlCharacters(title))) {
            return Main.usage(spec, "--title must be one line of text, not '" + title + "'");
        }
        if (!force && !SampleSite.isEmpty(site.root())) {
            return Main.usage(spec, site.display("") + " is not empty; use --force to add the sample files that are missing "
                    + "(no existing file is overwritten)");
        }
        SampleSite.Result result = SampleSite.write(site, title == null ? SampleSite.titleFrom(site.root()) : title.strip(), today);
        report(site, result);
        return 0;
    }

    private void report(SiteFolder site, SampleSite.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        for (String path : result.skipped()) out.println("skipped " + site.display(path) + ": it exists (left as it was)");
        if (result.created().isEmpty()) {
            out.println("nothing to add: every sample file exists in " + site.display(""));
            return;
        }
        out.println("created a Kudos site in " + site.display("") + " (" + Report.count(result.created().size(), "file", "files")
                + ": a sample client, supplier, partner, story and about page, and hosting configs)");
        boolean here = site.display("").equals(".");
        out.println("next steps" + (here ? ":" : ": cd " + site.display("") + ", then"));
        out.println("  1. edit content/site.yaml: your business's name, its url and colours");
        out.println("  2. add the people you work with: kudos new client \"Their Name\", or kudos import clients.csv");
        out.println("     (nothing is published until you record their consent)");
        out.println("  3. kudos build, then kudos deploy (set deploy: in content/site.yaml), or upload site/ to any static host");
    }
}
