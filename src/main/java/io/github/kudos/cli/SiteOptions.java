package io.github.kudos.cli;

import io.github.kudos.scaffold.SiteFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --source and --stacktrace, for the commands that add to or read from a site folder. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: current folder).")
    Path source = Path.of("");

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    SiteFolder site() {
        return SiteFolder.of(source);
    }
}
