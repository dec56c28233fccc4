package io.github.kudos.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run. Readers add to it and carry on, so a run reports every
 * problem of every file at once. Safe to share between the threads that read files in parallel.
 */
public final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void error(Position position, String message) {
        add(new Diagnostic(Severity.ERROR, position, message, null));
    }

    public void error(Position position, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, position, message, hint));
    }

    public void warning(Position position, String message) {
        add(new Diagnostic(Severity.WARNING, position, message, null));
    }

    public void warning(Position position, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, position, message, hint));
    }

    public synchronized void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public synchronized boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public synchronized long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** The files an error so far points into. */
    public synchronized java.util.Set<String> filesWithErrors() {
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (Diagnostic d : diagnostics) if (d.severity() == Severity.ERROR) files.add(d.position().file());
        return files;
    }

    /** All diagnostics, sorted by file, line and column so the output does not depend on threads. */
    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().sorted().distinct().toList();
    }
}
