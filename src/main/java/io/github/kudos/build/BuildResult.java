package io.github.kudos.build;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Severity;

import java.util.List;

/** What a run found and made. written is true only when the output folder was replaced. */
public record BuildResult(List<Diagnostic> diagnostics, long pages, int files, int profiles, int stories,
                          boolean written) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
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
