package io.github.kudos.cli;

import io.github.kudos.scaffold.SiteFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --source and --stacktrace, for the commands that read or write a site folder. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: current folder).")
    Path source = Path.of("");

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    /** The site folder; a {@link UsageError} when --source is not one. */
    SiteFolder site() {
        SiteFolder site = SiteFolder.of(source);
        site.notASite().ifPresent(why -> {
            throw new UsageError(why);
        });
        return site;
    }

    Path sourceFolder() {
        return source.toAbsolutePath().normalize();
    }
}
