package io.github.kudos.serve;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.output.OutputTree;

import java.util.List;

/**
 * What the server shows between two builds: the last good site, and the errors of the newest
 * build (empty when it was good). The site stays served while errors are shown over it. build
 * counts the sites served: a page that was sent with an older number reloads when it connects.
 */
record Snapshot(OutputTree tree, String basePath, List<Diagnostic> errors, long build) {
    Snapshot {
        errors = List.copyOf(errors);
    }

    boolean failing() {
        return !errors.isEmpty();
    }
}
