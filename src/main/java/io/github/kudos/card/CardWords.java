package io.github.kudos.card;

import io.github.kudos.theme.Messages;

/**
 * Every word the share cards and badges print, in one place, so another language is one more
 * set of words. {0} is the profile's (or, in a badge, the business's) name, {1} the year.
 * The theme's messages may give them (keys card_headline, card_headline_no_year, card_headline_past, badge_client,
 * badge_supplier, badge_partner); otherwise they are English.
 */
public record CardWords(String headline, String headlineNoYear, String headlinePast, String badgeClient,
                        String badgeSupplier, String badgePartner) {

    public static final CardWords ENGLISH = new CardWords(
            "Proud to work with {0} since {1}",
            "Proud to work with {0}",
            "Proud to have worked with {0}",
            "Proud client of {0}",
            "Proud supplier to {0}",
            "Proud partner of {0}");

    /** The theme's words in the site's language where it has them, English where it has not. */
    public static CardWords of(Messages messages) {
        return new CardWords(
                word(messages, "card_headline", ENGLISH.headline),
                word(messages, "card_headline_no_year", ENGLISH.headlineNoYear),
                word(messages, "card_headline_past", ENGLISH.headlinePast),
                word(messages, "badge_client", ENGLISH.badgeClient),
                word(messages, "badge_supplier", ENGLISH.badgeSupplier),
                word(messages, "badge_partner", ENGLISH.badgePartner));
    }

    private static String word(Messages messages, String key, String fallback) {
        return messages != null && messages.has(key) ? messages.get(key, "{0}", "{1}") : fallback;
    }

    /** The badge wording for a relationship ("client", "supplier", "partner"). */
    public String badge(String relationship) {
        return switch (relationship) {
            case "supplier" -> badgeSupplier;
            case "partner" -> badgePartner;
            default -> badgeClient;
        };
    }

    /** A pattern with {0} and {1} filled in. */
    public static String fill(String pattern, String name, String year) {
        return pattern.replace("{0}", name).replace("{1}", year == null ? "" : year);
    }
}
