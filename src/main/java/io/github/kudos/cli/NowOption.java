package io.github.kudos.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** --now for the commands that write today's date into new files; it means what it means for build. */
final class NowOption {
    @Option(names = "--now", paramLabel = "DATE",
            description = "Use DATE (YYYY-MM-DD) as today's date. Default: SOURCE_DATE_EPOCH if set, else today.")
    String now;

    /** Throws IllegalArgumentException for a bad date, with a message for the user. */
    LocalDate today() {
        CommonOptions dates = new CommonOptions();
        dates.now = now;
        return dates.today();
    }
}
