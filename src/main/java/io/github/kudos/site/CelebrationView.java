package io.github.kudos.site;

/**
 * Something to celebrate. kind is "anniversary" (years &gt; 0), "milestone", "new" (a relationship
 * began) or "story". url points at the profile, or the story for kind "story".
 * daysAway is negative for past dates, 0 today, positive for upcoming ones.
 */
public record CelebrationView(String kind, DateView date, String title, int years, ProfileRef profile,
                              String url, boolean upcoming, int daysAway) {}
