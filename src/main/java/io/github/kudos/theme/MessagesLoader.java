package io.github.kudos.theme;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;
import io.github.kudos.yaml.YamlParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code messages/<lang>.yaml} of a theme chain with the same safe YAML parser as content.
 * Precedence, in one line: language-region, then language, then en; within one language a child
 * theme before the theme it extends.
 */
public final class MessagesLoader {
    static final String FALLBACK = "en";
    private static final List<String> PLURAL_FORMS = List.of("one", "other");

    private MessagesLoader() {}

    /** languageAt is where site.yaml sets the language (a warning points there when the theme lacks it). */
    public static Messages load(Theme theme, String language, Position languageAt, Problems problems) {
        Map<String, Messages.Message> messages = new HashMap<>();
        List<String> searched = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (String candidate : candidates(language)) {
            for (Theme.Folder folder : theme.folders()) {
                String label = folder.label() + "/messages/" + candidate + ".yaml";
                searched.add(label);
                Path file = folder.root().resolve("messages").resolve(candidate + ".yaml");
                if (!Files.isRegularFile(file)) continue;
                found.add(candidate);
                read(file, label, problems).forEach(messages::putIfAbsent);
            }
        }
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        if (!found.isEmpty() && !found.contains(language) && !found.contains(base)) {
            problems.warning(languageAt, "theme '" + theme.name() + "' has no texts in '" + language
                    + "': its pages use English", "add themes/" + theme.name() + "/messages/" + base + ".yaml");
        }
        return new Messages(language, messages, searched);
    }

    /** "de-ch" -> de-ch, de, en. */
    static List<String> candidates(String language) {
        Set<String> candidates = new LinkedHashSet<>();
        String current = language;
        while (!current.isEmpty()) {
            candidates.add(current);
            int dash = current.lastIndexOf('-');
            current = dash < 0 ? "" : current.substring(0, dash);
        }
        candidates.add(FALLBACK);
        return List.copyOf(candidates);
    }

    private static Map<String, Messages.Message> read(Path file, String label, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Messages.Message> messages = new HashMap<>();
        YamlParser.parseMapping(new SourceFile(label, text), text, 0, problems).ifPresent(map -> {
            for (String key : map.keys()) {
                if (map.plain(key) instanceof Map) {
                    map.map(key).flatMap(forms -> plural(forms, label)).ifPresent(m -> messages.put(key, m));
                } else {
                    map.text(key).ifPresent(value -> messages.put(key, new Messages.Message(value, null, null, label)));
                }
            }
        });
        return messages;
    }

    private static java.util.Optional<Messages.Message> plural(YamlMap forms, String label) {
        forms.allowOnly(PLURAL_FORMS);
        String other = forms.requiredText("other");
        return other == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Messages.Message(null, forms.text("one").orElse(null), other, label));
    }
}
