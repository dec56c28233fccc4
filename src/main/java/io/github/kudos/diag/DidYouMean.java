package io.github.kudos.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the closest known word for a typo, as compilers and git do. */
public final class DidYouMean {
    private DidYouMean() {}

    public static Optional<String> closest(String typo, Collection<String> known) {
        int limit = Math.max(2, typo.length() / 3);
        return known.stream()
                .filter(candidate -> distance(typo, candidate) <= limit)
                .min(Comparator.comparingInt((String candidate) -> distance(typo, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** "did you mean 'website'?", or null when nothing is close. */
    public static String hint(String typo, Collection<String> known) {
        return closest(typo, known).map(c -> "did you mean '" + c + "'?").orElse(null);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
