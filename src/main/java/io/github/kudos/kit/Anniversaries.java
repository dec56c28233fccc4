package io.github.kudos.kit;

import io.github.kudos.content.Milestone;
import io.github.kudos.content.Profile;
import io.github.kudos.site.Dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is coming up to celebrate with the published profiles: the yearly anniversary of each
 * relationship, and of each of their milestones, in the next days. Alumni (a past 'until') have
 * no more anniversaries.
 */
public final class Anniversaries {
    /** The days the reminder of kudos build and kudos check looks ahead. */
    public static final int REMINDER_DAYS = 30;

    private Anniversaries() {}

    /** One thing to celebrate: kind is "anniversary" (of the relationship) or "milestone" (its yearly return). */
    public record Upcoming(LocalDate date, Profile profile, String kind, int years, String title) {
        public long daysAway(LocalDate today) {
            return ChronoUnit.DAYS.between(today, date);
        }
    }

    /** Everything from tomorrow... to today + days (today itself included), soonest first. */
    public static List<Upcoming> within(List<Profile> profiles, LocalDate today, int days) {
        LocalDate last = today.plusDays(days);
        List<Upcoming> found = new ArrayList<>();
        for (Profile p : profiles) {
            if (p.until() != null && !p.until().isAfter(today)) continue;
            if (p.since() != null) {
                next(p.since(), today).filter(d -> !d.isAfter(last)).ifPresent(d ->
                        found.add(new Upcoming(d, p, "anniversary", d.getYear() - p.since().getYear(), null)));
            }
            for (Milestone m : p.milestones()) {
                if (!m.date().isBefore(today) && !m.date().isAfter(last)) {
                    found.add(new Upcoming(m.date(), p, "milestone", 0, m.title()));
                } else {
                    next(m.date(), today).filter(d -> !d.isAfter(last)).ifPresent(d ->
                            found.add(new Upcoming(d, p, "milestone", d.getYear() - m.date().getYear(), m.title())));
                }
            }
        }
        found.sort(Comparator.comparing(Upcoming::date).thenComparing(u -> u.profile().slug()).thenComparing(Upcoming::kind));
        return found;
    }

    /** The first anniversary (1 year or more after start) on or after today. */
    static Optional<LocalDate> next(LocalDate start, LocalDate today) {
        if (!start.isBefore(today)) return Optional.empty();
        int years = Math.max(1, today.getYear() - start.getYear());
        LocalDate date = Dates.anniversary(start, years);
        if (date.isBefore(today)) date = Dates.anniversary(start, years + 1);
        return Optional.of(date);
    }

    /**
     * The one-line reminder kudos build and kudos check print, or empty when nothing is coming up:
     * "coming up in the next 30 days: 10 years with Coho Café (3 Dec), ... (kudos kit --upcoming 30d drafts a thank-you for each)".
     */
    public static Optional<String> reminder(List<Profile> profiles, LocalDate today) {
        List<Upcoming> anniversaries = within(profiles, today, REMINDER_DAYS).stream()
                .filter(u -> u.kind().equals("anniversary")).toList();
        if (anniversaries.isEmpty()) return Optional.empty();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        List<String> items = anniversaries.stream().limit(3)
                .map(u -> u.years() + (u.years() == 1 ? " year" : " years") + " with " + u.profile().name()
                        + " (" + (u.date().equals(today) ? "today" : day.format(u.date())) + ")").toList();
        String more = anniversaries.size() > 3 ? " and " + (anniversaries.size() - 3) + " more" : "";
        return Optional.of("coming up in the next " + REMINDER_DAYS + " days: " + String.join(", ", items) + more
                + " (kudos kit --upcoming " + REMINDER_DAYS + "d drafts a thank-you for each)");
    }
}
