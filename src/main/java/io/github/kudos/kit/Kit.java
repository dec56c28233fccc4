package io.github.kudos.kit;

import io.github.kudos.card.Badge;
import io.github.kudos.content.Profile;
import io.github.kudos.site.Views;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * kudos kit: "tell them about it". For each profile published since a date, an announcement
 * pack (new/SLUG/: announce.eml, post.txt, links.txt); for the coming days, a thank-you draft
 * for each anniversary and milestone (upcoming/); and celebrations.ics, every anniversary for
 * the owner's calendar. Written outside the site, never published.
 */
public final class Kit {
    private Kit() {}

    /** What a run wrote: packs for new profiles, thank-you drafts, and every file (relative to the kit folder). */
    public record Report(int packs, int drafts, List<String> files) {}

    public static Report write(KitSite site, LocalDate since, Integer upcomingDays, Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        List<Profile> published = site.published().profiles().stream()
                .sorted(Comparator.comparing(Profile::slug)).toList();
        List<Profile> fresh = published.stream()
                .filter(p -> p.consent().given() != null && !p.consent().given().isBefore(since)
                        && !p.consent().given().isAfter(site.today()))
                .toList();
        for (Profile p : fresh) {
            String path = Views.profilePath(p);
            String pageUrl = site.pageUrl(p);
            String cardUrl = site.link().absolute(path + "card.png");
            String badgeUrl = site.link().absolute(path + "badge.svg");
            Badge.Svg badge = Badge.of(site.cardWords().badge(p.relationship().singular()), site.business(), site.primary());
            String snippet = Badge.snippet(pageUrl, badgeUrl, badge);
            String base = "new/" + p.slug() + "/";
            write(folder, base + "announce.eml", Mail.eml(site.fromAddress(), site.contact(p).orElse(null),
                    site.words().announceSubject(p), site.words().announceBody(p, site.business(), pageUrl, cardUrl, snippet,
                            site.fromAddress()), site.today()), files);
            write(folder, base + "post.txt", site.words().post(p, pageUrl), files);
            write(folder, base + "links.txt", site.words().links(pageUrl, cardUrl, badgeUrl, snippet), files);
        }
        int drafts = 0;
        if (upcomingDays != null) {
            for (Anniversaries.Upcoming u : Anniversaries.within(published, site.today(), upcomingDays)) {
                String name = "upcoming/" + u.date() + "-" + u.profile().slug() + "-" + u.kind()
                        + (u.kind().equals("milestone") ? "-" + drafts : "") + ".eml";
                write(folder, name, Mail.eml(site.fromAddress(), site.contact(u.profile()).orElse(null),
                        site.words().thanksSubject(u), site.words().thanksBody(u, site.business(), site.pageUrl(u.profile()),
                                site.fromAddress()), site.today()), files);
                drafts++;
            }
        }
        write(folder, "celebrations.ics", Calendar.ics(site.words(), site.business(), site.host(), published, site.today()), files);
        write(folder, "README.txt", readme(site, since, upcomingDays, fresh, drafts), files);
        return new Report(fresh.size(), drafts, files);
    }

    private static void write(Path folder, String path, String text, List<String> files) throws IOException {
        KitFolder.write(folder.resolve(path), text);
        files.add(path);
    }

    private static String readme(KitSite site, LocalDate since, Integer days, List<Profile> fresh, int drafts) {
        return site.words().readme(site.business(), site.today(), since, days, fresh.size(), drafts);
    }
}
