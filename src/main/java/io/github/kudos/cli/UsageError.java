package io.github.kudos.cli;

/** Bad input on the command line, found while a command runs: reported as "kudos COMMAND: message", exit 2. */
final class UsageError extends IllegalArgumentException {
    UsageError(String message) {
        super(message);
    }
}
