package io.github.kudos.site;

import java.util.List;
import java.util.Map;

/**
 * The business, as every template sees it. url is the absolute base URL with a trailing slash;
 * basePath its path part ("/" or "/showcase/"). logo, since, description and tagline may be null.
 */
public record SiteView(
        String title, String tagline, String description, String language,
        String url, String basePath, ImageView logo,
        Contact contact, List<LinkView> social, Colors colors, List<NavItem> nav,
        DateView since, int yearsInBusiness, Stats stats, DateView today,
        Map<String, Object> extra, String generator) {

    public SiteView {
        social = List.copyOf(social);
        nav = List.copyOf(nav);
        extra = io.github.kudos.content.SortedMaps.copyOf(extra);
    }

    /** Each field may be null. */
    public record Contact(String email, String phone, String address) {}

    /**
     * CSS colours that passed a colour-syntax check (primary, accent), and the shades of them
     * that reach WCAG AA contrast on the theme's backgrounds: primaryText for links and buttons
     * in the light scheme, primaryTextDark in the dark scheme, onPrimary for a button label on
     * primaryText, onAccent for text on accent. Shades are #rrggbb.
     */
    public record Colors(String primary, String accent, String primaryText, String primaryTextDark,
                         String onPrimary, String onAccent) {}

    /** Headline numbers, counting published content only. */
    public record Stats(int profiles, int clients, int suppliers, int partners, int stories,
                        int testimonials, int yearsInBusiness) {}
}
