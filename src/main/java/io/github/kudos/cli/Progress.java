package io.github.kudos.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Shows the current stage on one terminal line, and nothing when not on a terminal or when quiet. */
final class Progress implements Consumer<String> {
    private final PrintWriter err;
    private final boolean enabled;
    private boolean shown;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.enabled = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void accept(String stage) {
        if (!enabled) return;
        err.print("\r\033[2K" + stage + "...");
        err.flush();
        shown = true;
    }

    void clear() {
        if (shown) {
            err.print("\r\033[2K");
            err.flush();
        }
    }
}
