package io.github.kudos.serve;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.output.OutputTree;

import java.util.List;

/**
 * What the server shows between two builds: the last good site, and the errors of the newest
 * build (empty when it was good). The site stays served while errors are shown over it.
 */
record Snapshot(OutputTree tree, String basePath, List<Diagnostic> errors) {
    Snapshot {
        errors = List.copyOf(errors);
    }

    boolean failing() {
        return !errors.isEmpty();
    }
}
