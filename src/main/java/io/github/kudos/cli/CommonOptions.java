package io.github.kudos.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options shared by build and check: the site folder's, --now and --drafts. */
final class CommonOptions {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    NowOption now = new NowOption();

    @Option(names = "--drafts", description = "Include drafts (profiles still need consent).")
    boolean drafts;

    Path sourceFolder() {
        return site.sourceFolder();
    }

    LocalDate today() {
        return now.today();
    }
}
