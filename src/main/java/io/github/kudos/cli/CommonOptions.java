package io.github.kudos.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Options shared by build and check. */
final class CommonOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: current folder).")
    Path source = Path.of("");

    @Option(names = "--now", paramLabel = "DATE",
            description = "Treat DATE (YYYY-MM-DD) as today, for years together and anniversaries. "
                    + "Default: SOURCE_DATE_EPOCH if set, else today.")
    String now;

    @Option(names = "--drafts", description = "Include drafts (profiles still need consent).")
    boolean drafts;

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    Path sourceFolder() {
        return source.toAbsolutePath().normalize();
    }

    /** Today, from --now, SOURCE_DATE_EPOCH or the clock; throws IllegalArgumentException for bad input. */
    LocalDate today() {
        if (now != null) {
            try {
                return LocalDate.parse(now);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--now takes a date as YYYY-MM-DD, not '" + now + "'");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim())).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be seconds since 1970, not '" + epoch + "'");
            }
        }
        return LocalDate.now();
    }
}
