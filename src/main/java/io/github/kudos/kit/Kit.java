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
            Badge.Svg badge = Badge.of(site.words().badge(p.relationship().singular()), site.business(), site.primary());
            String snippet = Badge.snippet(pageUrl, badgeUrl, badge);
            String base = "new/" + p.slug() + "/";
            write(folder, base + "announce.eml", Mail.eml(site.fromAddress(), site.contact(p).orElse(null),
                    KitWords.announceSubject(p), KitWords.announceBody(p, site.business(), pageUrl, cardUrl, snippet,
                            site.fromAddress()), site.today()), files);
            write(folder, base + "post.txt", KitWords.post(p, site.business(), pageUrl), files);
            write(folder, base + "links.txt", KitWords.links(p, pageUrl, cardUrl, badgeUrl, snippet), files);
        }
        int drafts = 0;
        if (upcomingDays != null) {
            for (Anniversaries.Upcoming u : Anniversaries.within(published, site.today(), upcomingDays)) {
                String name = "upcoming/" + u.date() + "-" + u.profile().slug() + "-" + u.kind()
                        + (u.kind().equals("milestone") ? "-" + drafts : "") + ".eml";
                write(folder, name, Mail.eml(site.fromAddress(), site.contact(u.profile()).orElse(null),
                        KitWords.thanksSubject(u), KitWords.thanksBody(u, site.business(), site.pageUrl(u.profile()),
                                site.fromAddress()), site.today()), files);
                drafts++;
            }
        }
        write(folder, "celebrations.ics", Calendar.ics(site.business(), site.host(), published, site.today()), files);
        write(folder, "README.txt", readme(site, since, upcomingDays, fresh, drafts), files);
        return new Report(fresh.size(), drafts, files);
    }

    private static void write(Path folder, String path, String text, List<String> files) throws IOException {
        KitFolder.write(folder.resolve(path), text);
        files.add(path);
    }

    private static String readme(KitSite site, LocalDate since, Integer days, List<Profile> fresh, int drafts) {
        return "Celebration kit of " + site.business() + ", made on " + site.today() + ". Private: never publish this folder.\n\n"
                + "new/        " + fresh.size() + " announcement pack" + (fresh.size() == 1 ? "" : "s") + " for profiles published since "
                + since + ": an email to send (open the .eml in your mail program),\n"
                + "            a short social post, and the links to their page, share card and badge.\n"
                + (days == null ? "" : "upcoming/   " + drafts + " thank-you draft" + (drafts == 1 ? "" : "s")
                        + " for anniversaries and milestones in the next " + days + " days.\n")
                + "celebrations.ics  every anniversary, to import into your calendar.\n";
    }
}
