package io.github.kudos.scaffold;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{ name }}} placeholders in archetypes and sample files. The values are inserted as
 * they are: callers pass text already quoted for where it goes (YAML, Markdown).
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

    private Placeholders() {}

    /** The filled text; an unknown placeholder is reported at its position and left as it is. */
    static String fill(String template, Map<String, String> values, String file, Problems problems) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                problems.error(position(template, matcher.start(), file), "unknown placeholder '" + matcher.group() + "'",
                        "archetypes know " + String.join(", ", new TreeSet<>(values.keySet())));
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static Position position(String text, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }
}
