package io.github.kudos.cli;

import io.github.kudos.diag.Problems;
import io.github.kudos.kit.Kit;
import io.github.kudos.kit.KitFolder;
import io.github.kudos.kit.KitSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "kit", mixinStandardHelpOptions = true,
        description = {"\"Tell them about it\": announcement packs and thank-you drafts, written outside the site.", "",
                "For each profile published (consent given) since --since: new/SLUG/ with announce.eml (To: its "
                        + "private.contact, when it has one), post.txt (a short social post) and links.txt (its page, "
                        + "share card and badge). With --upcoming: upcoming/, a thank-you draft for each anniversary "
                        + "and milestone in the coming days. Always: celebrations.ics, every anniversary for your "
                        + "calendar.", "",
                "Refuses to write inside the site's output folder: these files are never published."})
final class KitCommand implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "DATE", description = "Packs for profiles published on or after DATE (YYYY-MM-DD; default: 30 days ago).")
    String since;

    @Option(names = "--upcoming", paramLabel = "DAYS", description = "Thank-you drafts for the next DAYS days, e.g. 30d (or 30).")
    String upcoming;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder to write into (default: <source>/kit).")
    Path output;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Mixin
    NowOption now = new NowOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = options.site().root();
        Path folder = output == null ? source.resolve("kit") : output.toAbsolutePath().normalize();
        Optional<String> refusal = KitFolder.refusal(source, folder);
        if (refusal.isPresent()) return Main.usage(spec, refusal.get());
        LocalDate today = now.today();
        LocalDate from;
        Integer days = null;
        try {
            from = since == null ? today.minusDays(30) : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            return Main.usage(spec, "--since takes a date as YYYY-MM-DD, not '" + since + "'");
        }
        if (upcoming != null) {
            if (!upcoming.matches("[0-9]{1,4}d?")) return Main.usage(spec, "--upcoming takes a number of days such as 30d, not '" + upcoming + "'");
            days = Integer.valueOf(upcoming.replace("d", ""));
        }
        Problems problems = new Problems();
        KitSite site = KitSite.load(source, today, problems);
        if (problems.hasErrors()) return AskCommand.contentErrors(problems, err);
        problems.sorted().forEach(d -> err.println(d.format()));
        Kit.Report report = Kit.write(site, from, days, folder);
        out.println("wrote the kit to " + folder + ": " + Report.count(report.packs(), "announcement pack", "announcement packs")
                + " (published since " + from + ")"
                + (days == null ? "" : ", " + Report.count(report.drafts(), "thank-you draft", "thank-you drafts")
                        + " (next " + days + " days)") + ", celebrations.ics");
        return 0;
    }
}
