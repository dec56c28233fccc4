package io.github.kudos.site;

import io.github.kudos.content.Profile;
import io.github.kudos.content.Slugs;
import io.github.kudos.content.Story;
import io.github.kudos.diag.Problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Industries, tags and locations of published content. Names that differ only in case are one
 * term; two different names that make the same URL are an error naming both files.
 */
public final class Taxonomies {
    public static final List<String> NAMES = List.of("industries", "tags", "locations");

    /** A term with the published profiles and stories that carry it. */
    public record Term(String taxonomy, String name, String slug, List<Profile> profiles, List<Story> stories,
                       String firstFile) {
        public TermView view(SiteLink link) {
            return new TermView(taxonomy, name, slug, link.path(taxonomy + "/" + slug + "/"),
                    profiles.size() + stories.size());
        }
    }

    private final Map<String, Map<String, Term>> bySlug = new LinkedHashMap<>();
    private final Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();

    private Taxonomies() {}

    public static Taxonomies of(List<Profile> profiles, List<Story> stories, Problems problems) {
        Taxonomies taxonomies = new Taxonomies();
        NAMES.forEach(name -> taxonomies.bySlug.put(name, new TreeMap<>()));
        for (Profile profile : profiles) {
            if (profile.industry() != null) taxonomies.add("industries", profile.industry(), profile, null, problems);
            if (profile.location() != null) taxonomies.add("locations", profile.location(), profile, null, problems);
            profile.tags().forEach(tag -> taxonomies.add("tags", tag, profile, null, problems));
        }
        for (Story story : stories) {
            story.tags().forEach(tag -> taxonomies.add("tags", tag, null, story, problems));
        }
        return taxonomies;
    }

    private void add(String taxonomy, String name, Profile profile, Story story, Problems problems) {
        String slug = slugs.computeIfAbsent(name, Slugs::slugify);
        String file = profile != null ? profile.file() : story.position().file();
        Term term = bySlug.get(taxonomy).computeIfAbsent(slug,
                s -> new Term(taxonomy, name, s, new ArrayList<>(), new ArrayList<>(), file));
        if (!term.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            problems.error(io.github.kudos.diag.Position.startOf(file),
                    taxonomy + " '" + name + "' and '" + term.name() + "' (in " + term.firstFile()
                            + ") would both be written to /" + taxonomy + "/" + slug + "/",
                    "spell them the same way");
            return;
        }
        // The same item may name a term twice (tags: [a, A]); it is listed once, checked at the list's end.
        if (profile != null && (term.profiles().isEmpty() || term.profiles().get(term.profiles().size() - 1) != profile)) {
            term.profiles().add(profile);
        }
        if (story != null && (term.stories().isEmpty() || term.stories().get(term.stories().size() - 1) != story)) {
            term.stories().add(story);
        }
    }

    public List<Term> terms(String taxonomy) {
        return bySlug.get(taxonomy).values().stream()
                .sorted(Comparator.comparing((Term t) -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Term::slug))
                .toList();
    }

    /** The term a name belongs to (null when the name is null). */
    public Term term(String taxonomy, String name) {
        return name == null ? null : bySlug.get(taxonomy).get(slugs.computeIfAbsent(name, Slugs::slugify));
    }

    /** Views of the terms used by some items only, counted over those items (for a section's filters). */
    public static List<TermView> countedOver(List<Profile> items, String taxonomy, Taxonomies all, SiteLink link,
                                             Function<Profile, List<String>> names) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Term> terms = new TreeMap<>();
        for (Profile profile : items) {
            for (String name : names.apply(profile)) {
                Term term = all.term(taxonomy, name);
                if (term == null) continue;
                terms.put(term.slug(), term);
                counts.computeIfAbsent(term.slug(), s -> new int[1])[0]++;
            }
        }
        return terms.values().stream()
                .sorted(Comparator.comparing((Term t) -> t.name().toLowerCase(Locale.ROOT)))
                .map(t -> new TermView(taxonomy, t.name(), t.slug(), link.path(taxonomy + "/" + t.slug() + "/"),
                        counts.get(t.slug())[0]))
                .toList();
    }
}
