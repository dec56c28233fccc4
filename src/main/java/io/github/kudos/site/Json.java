package io.github.kudos.site;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal JSON writer for the build's own data (JSON-LD, profiles.json). It escapes '<', '>'
 * and '&' too, so content can never close the script element that holds JSON-LD. Maps keep
 * their iteration order: pass LinkedHashMap or TreeMap for a stable output.
 */
public final class Json {
    private Json() {}

    /** An object with its keys in the order given: {@code object("@type", "Person", "name", name)}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    /** JSON already written, put into a larger document as it is. */
    public record Raw(String json) {}

    public static String write(Object value) {
        return append(value, new StringBuilder(256)).toString();
    }

    /** Writes value at the end of out, for a document whose size the caller knows in advance. */
    public static StringBuilder append(Object value, StringBuilder out) {
        write(value, out);
        return out;
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() == null) continue;
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) out.append(',');
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
