package io.github.kudos.build;

import io.github.kudos.diag.Position;
import io.github.kudos.output.PrivacyScan;
import io.github.kudos.publish.Published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a text the privacy check found stands in the published content files, so that the error
 * points at the line to fix. The files are read only when the check found something. A profile's
 * own private: block does not count (a private value belongs there), nor a find inside a
 * published name that contains it (as the check itself treats it).
 */
final class LeakSources implements PrivacyScan.Sources {
    private record Text(String file, String lowered) {
        Position position(int at) {
            int lineStart = lowered.lastIndexOf('\n', at - 1) + 1;
            int line = 1;
            for (int i = lowered.indexOf('\n'); i >= 0 && i < at; i = lowered.indexOf('\n', i + 1)) line++;
            return new Position(file, line, at - lineStart + 1);
        }
    }

    private final Path siteFolder;
    private final List<String> files;
    private final Set<String> publicTexts;
    private List<Text> texts;

    private LeakSources(Path siteFolder, List<String> files, Set<String> publicTexts) {
        this.siteFolder = siteFolder;
        this.files = files;
        this.publicTexts = publicTexts;
    }

    static LeakSources of(Path siteFolder, Published published) {
        List<String> files = new ArrayList<>();
        files.add("content/site.yaml");
        published.profiles().forEach(profile -> files.add(profile.file()));
        published.stories().forEach(story -> files.add(story.position().file()));
        published.pages().forEach(page -> files.add(page.position().file()));
        return new LeakSources(siteFolder, files.stream().distinct().sorted().toList(), published.publicTexts());
    }

    @Override
    public synchronized Optional<Position> find(String secret) {
        String needle = lower(secret);
        List<String> shadows = publicTexts.stream().map(LeakSources::lower).filter(t -> t.contains(needle)).toList();
        for (Text text : texts()) {
            for (int at = text.lowered().indexOf(needle); at >= 0; at = text.lowered().indexOf(needle, at + 1)) {
                if (!shadowed(text.lowered(), at, needle, shadows)) return Optional.of(text.position(at));
            }
        }
        return Optional.empty();
    }

    /** Whether the find at is part of a published text (a name) that contains it. */
    private static boolean shadowed(String text, int at, String needle, List<String> shadows) {
        for (String shadow : shadows) {
            for (int k = shadow.indexOf(needle); k >= 0; k = shadow.indexOf(needle, k + 1)) {
                if (at - k >= 0 && text.startsWith(shadow, at - k)) return true;
            }
        }
        return false;
    }

    private List<Text> texts() {
        if (texts != null) return texts;
        List<Text> read = new ArrayList<>();
        for (String file : files) {
            try {
                String text = Files.readString(siteFolder.resolve(file));
                if (file.endsWith(".yaml") || file.endsWith(".yml")) text = withoutPrivateBlock(text);
                read.add(new Text(file, lower(text)));
            } catch (IOException | RuntimeException e) {
                // A file that cannot be read again now is not where the error can point.
            }
        }
        texts = read;
        return texts;
    }

    /** Lower case char by char: String.toLowerCase may change the length ("İ"), and the positions with it. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /** The text with its top-level private: block blanked (same length, line ends kept, so positions stay). */
    static String withoutPrivateBlock(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inBlock = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
            if (topLevel) inBlock = line.startsWith("private:");
            if (inBlock) {
                for (int i = start; i < end; i++) if (text.charAt(i) != '\r') out.setCharAt(i, ' ');
            }
            start = end + 1;
        }
        return out.toString();
    }
}
