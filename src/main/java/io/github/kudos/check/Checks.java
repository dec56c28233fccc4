package io.github.kudos.check;

import io.github.kudos.content.AssetTypes;
import io.github.kudos.content.AssetRef;
import io.github.kudos.content.Content;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Relationship;
import io.github.kudos.content.Story;
import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Problems;
import io.github.kudos.publish.Publisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Rules that need more than one file: unique slugs, story references and consent, assets. */
public final class Checks {
    private static final Set<String> LOGO_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp");
    private static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp", "gif", "avif");

    private Checks() {}

    public static void run(Path siteFolder, Content content, boolean drafts, LocalDate today, Problems problems) {
        run(siteFolder, content, drafts, today, problems, CheckMemo.NONE);
    }

    /** With a memo, what concerns one profile, story or the asset list alone is checked only for new records. */
    public static void run(Path siteFolder, Content content, boolean drafts, LocalDate today, Problems problems,
                           CheckMemo memo) {
        memo.start(content.assets(), today, siteFolder);
        Set<String> unreadable = unreadableProfiles(problems);
        memo.crossFile(content, drafts, unreadable, problems, found -> {
            uniqueSlugs(content.profiles(), Profile::slug, p -> p.slugPosition(), "profile", found);
            uniqueSlugs(content.stories(), Story::slug, Story::position, "story", found);
            storyReferences(content, drafts, unreadable, found);
        });
        memo.consent(content.profiles(), problems, (profile, found) -> consentDates(profile, today, found));
        Path contentFolder = siteFolder.resolve("content");
        Set<String> assets = memo.assetSet(content.assets());
        if (content.site().logo() != null) asset(contentFolder, assets, content.site().logo(), IMAGE_TYPES, problems);
        memo.logos(content.profiles(), problems, (profile, found) -> {
            if (profile.logo() != null) asset(contentFolder, assets, profile.logo(), LOGO_TYPES, found);
        });
        for (Story story : content.stories()) {
            if (story.cover() != null) memo.cover(story, problems,
                    found -> asset(contentFolder, assets, story.cover(), IMAGE_TYPES, found));
        }
        memo.assets(problems, found -> unpublishedAssets(content.assets(), found));
        memo.finish();
    }

    /**
     * Whether a profile edited from before to now is alike for the checks that compare files: the
     * same slug where it stands, the same file, and the same answer to whether a story may name it.
     */
    static boolean referencedAlike(Profile before, Profile now, boolean drafts) {
        return Objects.equals(before.slug(), now.slug()) && Objects.equals(before.slugPosition(), now.slugPosition())
                && before.file().equals(now.file())
                && Objects.equals(Publisher.whyNotPublished(before, drafts), Publisher.whyNotPublished(now, drafts))
                && storiesAllowed(before) == storiesAllowed(now);
    }

    private static boolean storiesAllowed(Profile profile) {
        return profile.consent() != null && profile.consent().allows("story");
    }

    private static void unpublishedAssets(List<String> assets, Problems problems) {
        for (String asset : assets) {
            AssetTypes.whyNotPublished(asset).ifPresent(why -> problems.warning(
                    io.github.kudos.diag.Position.startOf("content/" + asset), why,
                    "allowed: " + String.join(", ", new java.util.TreeSet<>(AssetTypes.PUBLISHED))));
        }
    }

    private static <T> void uniqueSlugs(List<T> items, Function<T, String> slug,
                                        Function<T, io.github.kudos.diag.Position> position, String what,
                                        Problems problems) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(slug.apply(item), item);
            if (first != null) {
                problems.error(position.apply(item), "duplicate " + what + " slug '" + slug.apply(item) + "'",
                        "also used by " + position.apply(first).file() + "; set a different 'slug:'");
            }
        }
    }

    /**
     * The slugs (file names) of the profile files that could not be read: a story that names one
     * is not told it names an unknown profile, on top of the profile's own error.
     */
    private static Set<String> unreadableProfiles(Problems problems) {
        if (!problems.hasErrors()) return Set.of();
        Set<String> slugs = new java.util.TreeSet<>();
        for (String file : problems.filesWithErrors()) {
            for (Relationship relationship : Relationship.values()) {
                String folder = "content/" + relationship.folder() + "/";
                if (file.startsWith(folder) && file.indexOf('/', folder.length()) < 0 && file.matches(".*\\.ya?ml")) {
                    slugs.add(file.substring(folder.length(), file.lastIndexOf('.')));
                }
            }
        }
        return slugs;
    }

    private static void storyReferences(Content content, boolean drafts, Set<String> unreadable, Problems problems) {
        Map<String, Profile> bySlug = new HashMap<>();
        content.profiles().forEach(p -> bySlug.putIfAbsent(p.slug(), p));
        for (Story story : content.stories()) {
            for (Story.SlugRef ref : story.profiles()) {
                Profile profile = bySlug.get(ref.slug());
                if (profile == null && unreadable.contains(ref.slug())) continue;
                if (profile == null) {
                    problems.error(ref.position(), "unknown profile '" + ref.slug() + "'",
                            DidYouMean.hint(ref.slug(), bySlug.keySet()));
                    continue;
                }
                String why = Publisher.whyNotPublished(profile, drafts);
                if (why != null && !(story.draft() && !drafts)) {
                    problems.error(ref.position(), "story names '" + ref.slug() + "', which is not published: " + why,
                            "mark the story draft: true, or record the profile's consent");
                } else if (why == null && !profile.consent().allows("story")) {
                    problems.error(ref.position(), "the consent of '" + ref.slug() + "' does not cover stories",
                            "add 'story' to consent.scope in " + profile.file() + " once they agree");
                }
            }
        }
    }

    private static void consentDates(Profile profile, LocalDate today, Problems problems) {
        var consent = profile.consent();
        if (consent != null && consent.given() != null && consent.given().isAfter(today)) {
            problems.error(consent.position(), "consent of '" + profile.slug() + "' is given on " + consent.given()
                    + ", a date still to come", "write the date they said yes; a profile is published from that day");
        }
        if (consent != null && consent.reviewBy() != null && consent.reviewBy().isBefore(today)
                && consent.withdrawn() == null) {
            problems.warning(consent.position(), "consent of '" + profile.slug() + "' was due for review on "
                    + consent.reviewBy(), "ask again with 'kudos ask " + profile.slug() + "', then update review_by");
        }
    }

    /** A path named by content must stay inside content/, exist, and be of an allowed type. */
    static void asset(Path contentFolder, Set<String> assets, AssetRef ref, Set<String> types, Problems problems) {
        String path = ref.path();
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*") || path.contains("://")) {
            problems.error(ref.position(), "asset path must be relative to content/: '" + path + "'",
                    "e.g. assets/logos/coho.svg");
            return;
        }
        if (List.of(path.split("/")).contains("..")) {
            problems.error(ref.position(), "asset path must not leave content/: '" + path + "'");
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!types.contains(extension)) {
            problems.error(ref.position(), "unsupported image type '." + extension + "' for '" + path + "'",
                    "use one of " + String.join(", ", types.stream().sorted().toList()));
            return;
        }
        if (!assets.contains(path)) {
            Path file = contentFolder.resolve(path);
            if (Files.isSymbolicLink(file) || (Files.exists(file) && !insideContent(contentFolder, file))) {
                problems.error(ref.position(), "asset '" + path + "' is a link that leads outside content/");
            } else {
                problems.error(ref.position(), "asset not found: content/" + path,
                        DidYouMean.hint(path, assets));
            }
        }
    }

    private static boolean insideContent(Path contentFolder, Path file) {
        try {
            return file.toRealPath().startsWith(contentFolder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
