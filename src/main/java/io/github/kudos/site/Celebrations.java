package io.github.kudos.site;

import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;
import io.github.kudos.theme.Messages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What there is to celebrate, relative to today. Upcoming: every anniversary in the next
 * {@value #UPCOMING_DAYS} days (a yearly thank-you is always welcome). Past: the notable
 * anniversaries (the first, then every fifth year), client milestones, new relationships and stories.
 */
public final class Celebrations {
    static final int UPCOMING_DAYS = 90;

    private final List<CelebrationView> upcoming;
    private final List<CelebrationView> past;

    private Celebrations(List<CelebrationView> upcoming, List<CelebrationView> past) {
        this.upcoming = List.copyOf(upcoming);
        this.past = List.copyOf(past);
    }

    public static Celebrations of(List<Profile> profiles, List<Story> stories, Map<String, ProfileRef> refs,
                                  Views views, LocalDate today) {
        return of(profiles, stories, refs, views, today, ViewMemo.NONE);
    }

    /** With a memo (the preview server's), a profile's celebrations are made again only when it or today changed. */
    public static Celebrations of(List<Profile> profiles, List<Story> stories, Map<String, ProfileRef> refs,
                                  Views views, LocalDate today, ViewMemo memo) {
        List<Celebrations> owns = new ArrayList<>();
        for (Profile p : profiles) {
            ProfileRef ref = refs.get(p.slug());
            owns.add(memo.derived("celebrations", p.slug(), Arrays.asList(p, ref, today),
                    () -> ofProfile(p, ref, views.dates(), views.messages(), today)));
        }
        List<CelebrationView> ofStories = new ArrayList<>();
        for (Story s : stories) {
            if (!s.date().isAfter(today)) {
                StoryRef story = views.ref(s);
                ofStories.add(event("story", story.date(), s.title(), 0, null, story.url(), today, s.date()));
            }
        }
        // An edit seldom changes what there is to celebrate: the sorted whole is kept while its parts are equal.
        return memo.derived("all celebrations", "", Arrays.asList(owns, ofStories), () -> merge(owns, ofStories));
    }

    private static Celebrations merge(List<Celebrations> owns, List<CelebrationView> ofStories) {
        List<CelebrationView> upcoming = new ArrayList<>();
        List<CelebrationView> past = new ArrayList<>();
        for (Celebrations own : owns) {
            upcoming.addAll(own.upcoming());
            past.addAll(own.past());
        }
        past.addAll(ofStories);
        Comparator<CelebrationView> byDate = Comparator.comparing((CelebrationView c) -> c.date().iso())
                .thenComparing(CelebrationView::title).thenComparing(c -> c.url());
        upcoming.sort(byDate);
        past.sort(byDate.reversed());
        return new Celebrations(upcoming, past);
    }

    private static Celebrations ofProfile(Profile p, ProfileRef ref, Dates dates, Messages messages, LocalDate today) {
        List<CelebrationView> upcoming = new ArrayList<>();
        List<CelebrationView> past = new ArrayList<>();
        if (p.since() != null) {
            if (!p.since().isAfter(today)) {
                past.add(event("new", dates.view(p.since()), messages.get("celebration_new", p.name()), 0, ref, ref.url(), today, p.since()));
            }
            addAnniversaries(p, ref, dates, messages, today, upcoming, past);
        }
        p.milestones().stream().filter(m -> !m.date().isAfter(today)).forEach(m ->
                past.add(event("milestone", dates.view(m.date()), m.title(), 0, ref, ref.url(), today, m.date())));
        return new Celebrations(upcoming, past);
    }

    private static void addAnniversaries(Profile p, ProfileRef ref, Dates dates, Messages messages, LocalDate today,
                                         List<CelebrationView> upcoming, List<CelebrationView> past) {
        LocalDate last = p.until() != null && p.until().isBefore(today) ? p.until() : today.plusDays(UPCOMING_DAYS);
        for (int years = 1; ; years++) {
            LocalDate date = Dates.anniversary(p.since(), years);
            if (date.isAfter(last)) break;
            boolean soon = date.isAfter(today);
            if (!soon && years != 1 && years % 5 != 0) continue; // only round past anniversaries are shown
            String title = messages.get("celebration_anniversary", years, p.name());
            (soon ? upcoming : past).add(event("anniversary", dates.view(date), title, years, ref, ref.url(), today, date));
        }
    }

    private static CelebrationView event(String kind, DateView date, String title, int years, ProfileRef profile,
                                         String url, LocalDate today, LocalDate on) {
        int daysAway = (int) ChronoUnit.DAYS.between(today, on);
        return new CelebrationView(kind, date, title, years, profile, url, daysAway > 0, daysAway);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Celebrations c && upcoming.equals(c.upcoming) && past.equals(c.past);
    }

    @Override
    public int hashCode() {
        return upcoming.hashCode() * 31 + past.hashCode();
    }

    public List<CelebrationView> upcoming() {
        return upcoming;
    }

    public List<CelebrationView> past() {
        return past;
    }

    /** Past celebrations of the last year, newest first (older ones are on the year pages). */
    public List<CelebrationView> recent(LocalDate today) {
        String since = today.minusYears(1).toString();
        return past.stream().filter(c -> c.date().iso().compareTo(since) > 0).toList();
    }

    /** Past celebrations by year, newest year first; each year's items in date order. */
    public Map<Integer, List<CelebrationView>> byYear() {
        Map<Integer, List<CelebrationView>> years = new TreeMap<>(Comparator.reverseOrder());
        for (CelebrationView c : past) years.computeIfAbsent(c.date().year(), y -> new ArrayList<>()).add(c);
        years.values().forEach(list -> java.util.Collections.reverse(list));
        return years;
    }
}
