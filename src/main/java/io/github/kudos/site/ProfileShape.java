package io.github.kudos.site;

import io.github.kudos.content.Consent;
import io.github.kudos.content.Profile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What of a profile the rest of the site depends on: where it is listed and in what order, its
 * terms, dates, counts, logo, consent, testimonials and milestones. The rest (summary, body,
 * website, links, impact, video, extra values, private values, line numbers) only its own page,
 * share kit and data entries show, so an edit of those leaves every other profile's view as it was.
 */
final class ProfileShape {
    private ProfileShape() {}

    /**
     * The profiles of after that replace a profile of before with the same shape (before's instance
     * to after's); null when any other change was made (added, removed, moved or reshaped).
     */
    static Map<Profile, Profile> edited(List<Profile> before, List<Profile> after) {
        if (before.size() != after.size()) return null;
        Map<Profile, Profile> edited = new IdentityHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            Profile old = before.get(i);
            Profile now = after.get(i);
            if (old == now) continue;
            if (!same(old, now)) return null;
            edited.put(old, now);
        }
        return edited;
    }

    static boolean same(Profile a, Profile b) {
        return a.file().equals(b.file()) && a.relationship() == b.relationship() && a.slug().equals(b.slug())
                && Objects.equals(a.name(), b.name()) && a.draft() == b.draft()
                && Objects.equals(a.logo() == null ? null : a.logo().path(), b.logo() == null ? null : b.logo().path())
                && Objects.equals(a.logoAlt(), b.logoAlt())
                && Objects.equals(a.industry(), b.industry()) && Objects.equals(a.location(), b.location())
                && a.tags().equals(b.tags()) && Objects.equals(a.since(), b.since()) && Objects.equals(a.until(), b.until())
                && a.featured() == b.featured() && a.weight() == b.weight() && sameConsent(a.consent(), b.consent())
                && a.testimonials().equals(b.testimonials()) && a.milestones().equals(b.milestones());
    }

    private static boolean sameConsent(Consent a, Consent b) {
        if (a == null || b == null) return a == b;
        return Objects.equals(a.given(), b.given()) && Objects.equals(a.by(), b.by()) && Objects.equals(a.scope(), b.scope())
                && Objects.equals(a.reviewBy(), b.reviewBy()) && Objects.equals(a.withdrawn(), b.withdrawn());
    }
}
