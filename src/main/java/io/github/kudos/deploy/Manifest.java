package io.github.kudos.deploy;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the last deploy wrote: every path it owns with its SHA-256. Stored in the target as
 * {@value #NAME}. A path whose hash is {@value #UNKNOWN} (empty) was being written when a deploy
 * stopped: it belongs to Kudos, but its content is not known, so the next deploy writes it again.
 */
public record Manifest(Map<String, String> files) {
    public static final String NAME = ".kudos-deploy.json";
    public static final String UNKNOWN = "";
    public static final Manifest EMPTY = new Manifest(Map.of());
    private static final Pattern ENTRY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\"([0-9a-f]{64}|)\"");
    private static final Pattern HEADER = Pattern.compile("\\{\\s*\"generator\"\\s*:\\s*\"kudos\"\\s*,\\s*\"files\"\\s*:\\s*\\{");

    public Manifest {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static Manifest of(Collection<SiteFile> site) {
        Map<String, String> files = new TreeMap<>();
        site.forEach(file -> files.put(file.path(), file.sha256()));
        return new Manifest(files);
    }

    public int size() {
        return files.size();
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"generator\": \"kudos\",\n  \"files\": {");
        String separator = "\n";
        for (Map.Entry<String, String> entry : files.entrySet()) {
            json.append(separator).append("    \"").append(escape(entry.getKey())).append("\": \"")
                    .append(entry.getValue()).append('"');
            separator = ",\n";
        }
        return json.append("\n  }\n}\n").toString();
    }

    /** Reads a manifest written by {@link #toJson()}; anything else, or an unsafe path, is refused. */
    public static Manifest parse(String json, String where) {
        Matcher header = HEADER.matcher(json);
        if (!header.lookingAt()) throw new DeployException(where + " is not a Kudos deploy manifest; remove it or deploy elsewhere");
        Map<String, String> files = new TreeMap<>();
        Matcher entry = ENTRY.matcher(json).region(header.end(), json.length());
        while (entry.find()) {
            String path = unescape(entry.group(1));
            if (!SitePaths.isSafe(path)) throw new DeployException(where + " names an unsafe path '" + path + "'");
            files.put(path, entry.group(2));
        }
        return new Manifest(files);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
            } else if (text.charAt(i + 1) == 'u' && i + 5 < text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(++i));
            }
        }
        return out.toString();
    }
}
