package io.github.kudos.diag;

/** One problem in the content, printed as {@code path:line:col: error: message (hint)}. */
public record Diagnostic(Severity severity, Position position, String message, String hint)
        implements Comparable<Diagnostic> {

    public String format() {
        String text = position + ": " + severity.label() + ": " + message;
        return hint == null || hint.isEmpty() ? text : text + " (" + hint + ")";
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
