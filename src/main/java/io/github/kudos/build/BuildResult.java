package io.github.kudos.build;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Severity;

import java.util.List;

/**
 * What a run found and made. written is true only when the output folder was replaced. notes are
 * one-line reminders for the user (anniversaries coming up), printed after the summary. upToDate
 * is true when the output folder already held this build's result, so nothing was built.
 */
public record BuildResult(List<Diagnostic> diagnostics, long pages, int files, int profiles, int stories,
                          boolean written, List<String> notes, boolean upToDate) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        notes = List.copyOf(notes);
    }

    public BuildResult(List<Diagnostic> diagnostics, long pages, int files, int profiles, int stories, boolean written) {
        this(diagnostics, pages, files, profiles, stories, written, List.of(), false);
    }

    public BuildResult withNotes(List<String> notes) {
        return new BuildResult(diagnostics, pages, files, profiles, stories, written, notes, upToDate);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
