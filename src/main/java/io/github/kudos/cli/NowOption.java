package io.github.kudos.cli;

import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** --now, for every command that needs today's date: build and check, and the commands that date new files. */
final class NowOption {
    @Option(names = "--now", paramLabel = "DATE",
            description = "Use DATE (YYYY-MM-DD) as today's date, for years together, anniversaries and new files. "
                    + "Default: SOURCE_DATE_EPOCH if set, else today.")
    String now;

    /** Today, from --now, SOURCE_DATE_EPOCH or the clock; a bad date is a {@link UsageError}. */
    LocalDate today() {
        if (now != null) {
            try {
                return LocalDate.parse(now);
            } catch (DateTimeParseException e) {
                throw new UsageError("--now takes a date as YYYY-MM-DD, not '" + now + "'");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim())).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException e) {
                throw new UsageError("SOURCE_DATE_EPOCH must be seconds since 1970, not '" + epoch + "'");
            }
        }
        return LocalDate.now();
    }
}
