package io.github.kudos.cli;

import io.github.kudos.content.Profile;
import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Problems;
import io.github.kudos.kit.Ask;
import io.github.kudos.kit.KitFolder;
import io.github.kudos.kit.KitSite;
import io.github.kudos.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Write a plain-language permission request for one profile, outside the site.", "",
                "request.eml is an email to send (To: the profile's private.contact, when it has one); "
                        + "preview.html is a printable page showing exactly what would be published (name, logo, "
                        + "quotes, stories, impact) with a preview of the share card, and the consent block to "
                        + "add once they say yes. Nothing is published by this command."})
final class AskCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SLUG", description = "The profile to ask about (its file name without .yaml).")
    String slug;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Folder to write into; the files go to DIR/SLUG/ (default: <source>/kit/ask).")
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
        Path folder = (output == null ? source.resolve("kit").resolve("ask") : output.toAbsolutePath().normalize()).resolve(slug);
        Optional<String> refusal = KitFolder.refusal(source, folder);
        if (refusal.isPresent()) return Main.usage(spec, refusal.get());
        LocalDate today = now.today();
        Problems problems = new Problems();
        KitSite site = KitSite.load(source, today, problems);
        if (problems.hasErrors()) return contentErrors(problems, err);
        Optional<Profile> profile = site.profile(slug);
        if (profile.isEmpty()) {
            String hint = DidYouMean.hint(slug, site.slugs());
            return Main.usage(spec, "no profile '" + slug + "'" + (hint == null ? "" : " (" + hint + ")"));
        }
        List<String> files = Ask.write(site, profile.get(), folder, problems);
        problems.sorted().forEach(d -> err.println(d.format()));
        String state = Publisher.whyNotPublished(profile.get(), false);
        out.println("wrote " + files.size() + " files to " + folder + ": " + String.join(", ", files));
        out.println(state == null ? "note: '" + slug + "' is already published; this asks again (for a review or a wider scope)"
                : "'" + slug + "' is not published yet: " + state + "; once they say yes, add the consent block of preview.html");
        return 0;
    }

    static int contentErrors(Problems problems, PrintWriter err) {
        problems.sorted().forEach(d -> err.println(d.format()));
        err.println("kudos: " + Report.count(problems.errorCount(), "error", "errors") + "; nothing written");
        return Main.CONTENT_ERRORS;
    }
}
