package io.github.kudos.content;

import io.github.kudos.diag.Position;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the profile's owner agreed to publish. given, reviewBy and withdrawn may be null. */
public record Consent(LocalDate given, String by, Set<String> scope, LocalDate reviewBy, LocalDate withdrawn,
                      Position position) {
    public static final List<String> SCOPES = List.of("name", "logo", "quote", "story", "impact");

    public Consent {
        scope = Set.copyOf(scope);
    }

    public boolean allows(String what) {
        return scope.contains(what);
    }
}
