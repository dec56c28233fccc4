package io.github.kudos.spreadsheet;

import io.github.kudos.content.Profile;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The profiles already in the site, for telling which rows they are: by slug when the row has
 * one, else by name (ignoring case, accents and spacing). Two rows with one name are two
 * profiles (coho, coho-2), so each profile answers for one row only.
 */
final class Existing {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Profile> bySlug = new HashMap<>();
    private final Map<String, Deque<Profile>> byName = new HashMap<>();
    private final Set<Profile> matched = Collections.newSetFromMap(new IdentityHashMap<>());

    Existing(List<Profile> profiles) {
        List<Profile> ordered = profiles.stream()
                .sorted(Comparator.comparingInt((Profile p) -> p.slug().length()).thenComparing(Profile::slug))
                .toList();
        for (Profile profile : ordered) {
            bySlug.putIfAbsent(profile.slug(), profile);
            if (profile.name() != null) {
                byName.computeIfAbsent(key(profile.name()), k -> new ArrayDeque<>()).add(profile);
            }
        }
    }

    /** How a profile was found, which tells whether its name may be changed. */
    record Match(Profile profile, boolean bySlug) {}

    Match match(String slug, String name) {
        if (slug != null && bySlug.containsKey(slug)) {
            Profile profile = bySlug.get(slug);
            matched.add(profile);
            return new Match(profile, true);
        }
        Deque<Profile> candidates = byName.getOrDefault(key(name), new ArrayDeque<>());
        while (!candidates.isEmpty()) {
            Profile profile = candidates.poll();
            if (matched.add(profile)) return new Match(profile, false);
        }
        return null;
    }

    static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
