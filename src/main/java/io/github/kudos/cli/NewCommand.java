package io.github.kudos.cli;

import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Problems;
import io.github.kudos.scaffold.Kind;
import io.github.kudos.scaffold.NewContent;
import io.github.kudos.scaffold.SiteFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a client, supplier, partner, story or page from the theme's archetype.", "",
                "Prints the path of the file written.", "",
                "The slug comes from the name (\"Coho Café\" -> coho-cafe) and never collides with",
                "an existing one (coho-cafe-2). A profile starts without consent, so it is not",
                "published until you fill in its consent block; stories and pages start as drafts."})
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "client, supplier, partner, story or page")
    String kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME",
            description = "The name (of a story or page: the title). Quote it, or give it as several words.")
    List<String> name;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Mixin
    NowOption now = new NowOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<Kind> parsed = Kind.parse(kind);
        if (parsed.isEmpty()) {
            String hint = DidYouMean.hint(kind, Kind.words());
            return Main.usage(spec, "unknown kind '" + kind + "': use " + String.join(", ", Kind.words())
                    + (hint == null ? "" : " (" + hint + ")"));
        }
        String text = String.join(" ", name).strip();
        if (text.isEmpty() || Names.hasControlCharacters(text)) return Main.usage(spec, "the name must be one line of text");
        LocalDate today = now.today();
        SiteFolder site = options.site();
        Problems problems = new Problems();
        Optional<String> written = NewContent.create(site, parsed.get(), text, today, problems);
        problems.sorted().forEach(d -> spec.commandLine().getErr().println(d.format()));
        if (written.isEmpty()) return Main.CONTENT_ERRORS;
        spec.commandLine().getOut().println(site.display(written.get()));
        return 0;
    }
}
