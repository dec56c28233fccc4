package io.github.kudos.cli;

/** Checks on names typed on the command line. */
final class Names {
    private Names() {}

    /** Line breaks, tabs and other control characters have no place in a name or a title. */
    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029);
    }
}
