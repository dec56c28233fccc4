package io.github.kudos.scaffold;

import io.github.kudos.content.Relationship;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What {@code kudos new} can create, where it goes, and which archetype it starts from. */
public enum Kind {
    CLIENT(Relationship.CLIENT), SUPPLIER(Relationship.SUPPLIER), PARTNER(Relationship.PARTNER),
    STORY(null), PAGE(null);

    private final Relationship relationship;

    Kind(Relationship relationship) {
        this.relationship = relationship;
    }

    public static Optional<Kind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.word().equals(text.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Kind::word).toList();
    }

    /** "client", "story": as typed on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relationship of a profile; empty for stories and pages. */
    public Optional<Relationship> relationship() {
        return Optional.ofNullable(relationship);
    }

    public String folder() {
        return relationship != null ? relationship.folder() : this == STORY ? "stories" : "pages";
    }

    public String extension() {
        return relationship != null ? ".yaml" : ".md";
    }

    /** Archetype file names to try, most specific first: client.yaml, then profile.yaml. */
    List<String> archetypeNames() {
        return relationship != null ? List.of(word() + ".yaml", "profile.yaml") : List.of(word() + ".md");
    }
}
