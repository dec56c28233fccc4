package io.github.kudos.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows the current stage on one terminal line, and nothing when not on a terminal or when quiet.
 * With KUDOS_TIMING=1 in the environment it prints each stage with the time since the start,
 * one per line, for finding where a build spends its time.
 */
final class Progress implements Consumer<String> {
    private final PrintWriter err;
    private final boolean enabled;
    private final boolean timing = "1".equals(System.getenv("KUDOS_TIMING"));
    private final long start = System.nanoTime();
    private boolean shown;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.enabled = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void accept(String stage) {
        if (timing) {
            err.printf(java.util.Locale.ROOT, "%8.3f s  %s%n", (System.nanoTime() - start) / 1e9, stage);
            err.flush();
            return;
        }
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
