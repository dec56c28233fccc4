package io.github.kudos.publish;

import io.github.kudos.content.Content;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;

import io.github.kudos.publish.PublishMemo.Secret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The one place where consent and drafts decide what is published (SPEC section 3). */
public final class Publisher {
    /** Shorter texts would match everywhere, so the privacy check does not look for them. */
    public static final int MIN_SECRET_LENGTH = 4;
    /** Values that say "nothing here" would match everywhere (display:none in CSS), so they are not secrets. */
    private static final Set<String> PLACEHOLDERS = Set.of("true", "false", "none", "null", "n/a", "todo", "tbd",
            "unknown", "nothing", "empty");
    /** Numbers, dates and times would match everywhere too. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9.,:/ ]+");

    private Publisher() {}

    public static Published publish(Content content, boolean drafts) {
        return publish(content, drafts, PublishMemo.NONE);
    }

    /** With a memo, the secrets of profiles the memo saw before are not made again (see {@link PublishMemo}). */
    public static Published publish(Content content, boolean drafts, PublishMemo memo) {
        Published again = memo.again(content, drafts);
        if (again != null) return again;
        Published published = publishAll(content, drafts, memo);
        memo.published(content, drafts, published);
        return published;
    }

    /**
     * Whether a profile edited from before to now publishes alike: published or not as before, and
     * with the same slug, name, file, private values and logo, so that only the profile itself
     * changes in what is published; its secrets, the public texts, the stories and the withheld
     * assets stay the same.
     */
    static boolean publishAlike(Profile before, Profile now, boolean drafts) {
        return isPublished(before, drafts) == isPublished(now, drafts) && Objects.equals(before.slug(), now.slug())
                && Objects.equals(before.name(), now.name()) && before.file().equals(now.file())
                && before.privateValues().equals(now.privateValues())
                && Objects.equals(logoPath(before), logoPath(now)) && logoShown(before) == logoShown(now);
    }

    private static String logoPath(Profile profile) {
        return profile.logo() == null ? null : profile.logo().path();
    }

    private static boolean logoShown(Profile profile) {
        return profile.consent() != null && profile.consent().allows("logo");
    }

    private static Published publishAll(Content content, boolean drafts, PublishMemo memo) {
        List<Profile> profiles = content.profiles().stream().filter(p -> isPublished(p, drafts)).toList();
        Set<String> published = new HashSet<>(profiles.stream().map(Profile::slug).toList());
        List<Story> stories = content.stories().stream()
                .filter(s -> drafts || !s.draft())
                .filter(s -> s.profiles().stream().allMatch(ref -> published.contains(ref.slug())))
                .toList();
        var pages = content.pages().stream().filter(p -> drafts || !p.draft()).toList();
        return new Published(content.site(), profiles, stories, pages, content.assets(),
                secrets(content, published, memo), publicTexts(profiles, memo), withheldAssets(content, published, stories));
    }

    private static Set<String> withheldAssets(Content content, Set<String> published, List<Story> stories) {
        Set<String> withheld = new HashSet<>();
        for (Profile profile : content.profiles()) {
            boolean shown = published.contains(profile.slug()) && profile.consent().allows("logo");
            if (profile.logo() != null && !shown) withheld.add(profile.logo().path());
        }
        Set<Story> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(stories);
        for (Story story : content.stories()) {
            if (story.cover() != null && !kept.contains(story)) withheld.add(story.cover().path());
        }
        return withheld;
    }

    /** Names and slugs of published profiles: public by consent, even where they contain a secret. */
    private static Set<String> publicTexts(List<Profile> profiles, PublishMemo memo) {
        List<String> texts = new ArrayList<>(2 * profiles.size());
        profiles.forEach(p -> {
            texts.add(p.name());
            texts.add(p.slug());
        });
        return memo.publicTexts(texts);
    }

    /** Consent given, not withdrawn, the name in scope; drafts only when asked for. */
    public static boolean isPublished(Profile profile, boolean drafts) {
        var consent = profile.consent();
        return consent != null && consent.given() != null && consent.withdrawn() == null
                && consent.allows("name") && profile.name() != null && (drafts || !profile.draft());
    }

    /** Why a profile is not published, in words for a diagnostic; null when it is. */
    public static String whyNotPublished(Profile profile, boolean drafts) {
        var consent = profile.consent();
        if (consent == null) return "it has no consent";
        if (consent.given() == null) return "its consent has no 'given' date";
        if (consent.withdrawn() != null) return "its consent was withdrawn on " + consent.withdrawn();
        if (!consent.allows("name")) return "its consent scope does not include 'name'";
        if (profile.draft() && !drafts) return "it is a draft";
        return null;
    }

    private static Map<String, String> secrets(Content content, Set<String> published, PublishMemo memo) {
        List<Secret> all = new ArrayList<>();
        for (Profile profile : content.profiles()) {
            boolean shown = published.contains(profile.slug());
            all.addAll(memo.secretsOf(profile, shown, () -> secretsOf(profile, shown)));
        }
        return memo.secrets(all, () -> {
            Map<String, String> secrets = new HashMap<>();
            all.forEach(secret -> secrets.putIfAbsent(secret.text(), secret.origin()));
            return Map.copyOf(secrets);
        });
    }

    private static List<Secret> secretsOf(Profile profile, boolean published) {
        List<Secret> secrets = new ArrayList<>();
        profile.privateValues().forEach(value -> addSecret(secrets, value, "a private: value of " + profile.file()));
        if (!published && profile.name() != null) {
            addSecret(secrets, profile.name(), "the name of unpublished profile " + profile.file());
        }
        return secrets;
    }

    private static void addSecret(List<Secret> secrets, String value, String origin) {
        String text = value.strip();
        if (text.length() >= MIN_SECRET_LENGTH && !PLACEHOLDERS.contains(text.toLowerCase(java.util.Locale.ROOT))
                && !NUMBER.matcher(text).matches()) {
            secrets.add(new Secret(text, origin));
        }
    }
}
