package io.github.kudos.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes text as YAML scalars that read back as exactly that text. Plain (unquoted) only when the
 * text cannot be misread: it starts with a letter, is not a YAML 1.1 boolean or null, and holds
 * only harmless characters; everything else is double-quoted with escapes.
 */
public final class YamlText {
    /** Words some YAML reader turns into a boolean or null (YAML 1.1 and 1.2, any case). */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null", "~");
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .,&'’()/+!?%_@:#;*-]*");
    private static final Pattern FLOW_UNSAFE = Pattern.compile("[,\\[\\]{}]");

    private YamlText() {}

    /** A scalar for block context ({@code key: <here>}). */
    public static String text(String value) {
        return isPlain(value) ? value : quoted(value);
    }

    /** A scalar inside a flow collection ({@code [a, <here>]}), where commas and brackets end it. */
    public static String flowItem(String value) {
        return isPlain(value) && !FLOW_UNSAFE.matcher(value).find() ? value : quoted(value);
    }

    /** A flow sequence: {@code [coffee, "food, drink"]}. */
    public static String list(List<String> items) {
        return items.stream().map(YamlText::flowItem).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * A value for {@code key:} at the given indent: a literal block ({@code |-}) for multi-line text
     * that survives one, otherwise a one-line scalar.
     */
    public static String value(String value, int indent) {
        if (!value.contains("\n") || !literalSafe(value)) return text(value);
        String pad = " ".repeat(indent + 2);
        StringBuilder out = new StringBuilder("|-");
        for (String line : value.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) out.append(pad).append(line);
        }
        return out.toString();
    }

    static boolean isPlain(String value) {
        return PLAIN.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !value.endsWith(" ") && !value.endsWith(":")
                && !value.contains(": ") && !value.contains(" #");
    }

    /** Lines start with no space (the first would need an indentation indicator), end with none, and need no escape. */
    private static boolean literalSafe(String value) {
        if (value.startsWith(" ") || value.startsWith("\t") || value.endsWith("\n")) return false;
        for (String line : value.split("\n", -1)) {
            if (line.endsWith(" ") || line.endsWith("\t")) return false;
        }
        return value.codePoints().allMatch(c -> c == '\n' || c == '\t' || !needsEscape(c));
    }

    /** A double-quoted scalar; every character YAML would fold, drop or refuse is escaped. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format(Locale.ROOT, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Not printable in a YAML stream, a line break YAML would fold, or a byte-order mark. */
    private static boolean needsEscape(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
    }
}
