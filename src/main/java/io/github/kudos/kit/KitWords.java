package io.github.kudos.kit;

import io.github.kudos.content.Impact;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;
import io.github.kudos.content.Testimonial;
import io.github.kudos.theme.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every sentence ask and kit write, from the theme's messages (keys kit_*) in the site's language,
 * so the email to a Spanish client is in Spanish. Plain words: the people who read them run cafés
 * and garages, not websites. A key the site's theme lacks (a theme that does not extend the
 * default one) comes from the built-in theme.
 */
final class KitWords {
    private final Messages messages;
    private final Messages builtIn;
    private final DateTimeFormatter dates;

    KitWords(Messages messages, Messages builtIn) {
        this.messages = messages;
        this.builtIn = builtIn;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(messages.language()));
    }

    String language() {
        return messages.language();
    }

    private String t(String key, Object... args) {
        return (messages.has(key) ? messages : builtIn).get(key, args);
    }

    /** A date in words for the language: "December 5, 2026", "5 de diciembre de 2026". */
    String date(LocalDate date) {
        return dates.format(date);
    }

    String askSubject(Profile p) {
        return t("kit_ask_subject", p.name());
    }

    /** What would be published, item by item, for the email and the printable page alike. */
    record Item(String scope, String title, List<String> lines) {}

    List<Item> items(Profile p, List<Story> stories) {
        List<Item> items = new ArrayList<>();
        List<String> about = new ArrayList<>();
        about.add(p.name());
        if (p.summary() != null) about.add(p.summary());
        if (p.website() != null) about.add(t("kit_website", p.website()));
        if (p.industry() != null || p.location() != null) {
            about.add(String.join(", ", Stream.of(p.industry(), p.location()).filter(Objects::nonNull).toList()));
        }
        if (p.since() != null) about.add(t("kit_working_since", String.valueOf(p.since().getYear())));
        p.milestones().forEach(m -> about.add(t("kit_milestone", m.title(), date(m.date()))));
        items.add(new Item("name", t("kit_item_about"), about));
        items.add(new Item("logo", t("kit_item_logo"), List.of(p.logo() != null
                ? t("kit_logo_file", p.logo().path().substring(p.logo().path().lastIndexOf('/') + 1))
                : t("kit_logo_none"))));
        List<String> quotes = new ArrayList<>();
        for (Testimonial q : p.testimonials()) {
            quotes.add("\u201C" + q.quote() + "\u201D \u2014 " + q.author() + (q.role() == null ? "" : ", " + q.role()));
        }
        if (!quotes.isEmpty()) items.add(new Item("quote", t("kit_item_quote"), quotes));
        List<String> storyLines = stories.stream().map(s -> "\u201C" + s.title() + "\u201D" + (s.summary() == null ? "" : ": " + s.summary())).toList();
        if (!storyLines.isEmpty() || p.body() != null) {
            List<String> lines = new ArrayList<>(storyLines);
            if (p.body() != null) lines.add(t("kit_story_body"));
            items.add(new Item("story", t("kit_item_story"), lines));
        }
        List<String> figures = new ArrayList<>();
        for (Impact i : p.impact()) figures.add(i.label() + ": " + i.value() + (i.note() == null ? "" : " (" + i.note() + ")"));
        if (!figures.isEmpty()) items.add(new Item("impact", t("kit_item_impact"), figures));
        return items;
    }

    String askBody(Profile p, List<Item> items, String business, String pageUrl, String from) {
        StringBuilder body = new StringBuilder();
        body.append(t("kit_hello")).append("\n\n").append(t("kit_ask_why", p.name())).append("\n\n")
                .append(t("kit_ask_what", pageUrl)).append("\n");
        for (Item item : items) {
            body.append("\n").append(item.title()).append(":\n");
            item.lines().forEach(line -> body.append("  - ").append(line).append("\n"));
        }
        body.append("\n").append(t("kit_ask_reply")).append("\n\n").append(signature("kit_thank_you", business, from));
        return body.toString();
    }

    /** The consent: block to paste once they say yes, its comments in one column. */
    String consentBlock(LocalDate today, List<Item> items) {
        List<String[]> lines = List.of(
                new String[] {"  given: " + today, t("kit_consent_given")},
                new String[] {"  by: " + t("kit_consent_by"), t("kit_consent_by_note")},
                new String[] {"  scope: [" + String.join(", ", items.stream().map(Item::scope).toList()) + "]", t("kit_consent_scope")},
                new String[] {"  review_by: " + today.plusYears(2), t("kit_consent_review")});
        int column = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 3;
        StringBuilder block = new StringBuilder("consent:\n");
        for (String[] line : lines) block.append(String.format("%-" + column + "s# %s\n", line[0], line[1]));
        return block.toString();
    }

    String previewIntro(String business, String name, String linkMarker) {
        return t("kit_preview_intro", business, name, linkMarker);
    }

    String previewCard() {
        return t("kit_preview_card");
    }

    String previewYes() {
        return t("kit_preview_yes");
    }

    String previewPaste(String fileMarker) {
        return t("kit_preview_paste", fileMarker);
    }

    String logoAlt(String name) {
        return t("logo_alt", name);
    }

    String announceSubject(Profile p) {
        return t("kit_announce_subject", p.name());
    }

    String announceBody(Profile p, String business, String pageUrl, String cardUrl, String snippet, String from) {
        return t("kit_hello") + "\n\n"
                + t("kit_announce_thanks", p.name()) + "\n\n"
                + "  " + pageUrl + "\n\n"
                + t("kit_announce_card") + "\n\n"
                + "  " + cardUrl + "\n\n"
                + t("kit_announce_badge") + "\n\n"
                + "  " + snippet + "\n\n"
                + signature("kit_thank_you", business, from);
    }

    String post(Profile p, String pageUrl) {
        String proud = p.since() == null ? t("kit_post", p.name()) : t("kit_post_since", p.name(), String.valueOf(p.since().getYear()));
        String text = proud + " " + (p.summary() == null ? "" : p.summary() + " ") + t("kit_post_read", pageUrl);
        if (text.length() > 280) text = t("kit_post", p.name()) + " " + pageUrl;
        return text + "\n";
    }

    String links(String pageUrl, String cardUrl, String badgeUrl, String snippet) {
        List<String> labels = List.of(t("kit_links_page") + ":", t("kit_links_card") + ":", t("kit_links_badge") + ":");
        String column = "%-" + (labels.stream().mapToInt(String::length).max().orElse(0) + 1) + "s";
        return String.format(column, labels.get(0)) + pageUrl + "\n" + String.format(column, labels.get(1)) + cardUrl + "\n"
                + String.format(column, labels.get(2)) + badgeUrl + "\n\n" + t("kit_links_snippet") + "\n" + snippet + "\n";
    }

    String thanksSubject(Anniversaries.Upcoming u) {
        return u.kind().equals("anniversary")
                ? t("kit_thanks_subject_anniversary", u.years(), u.profile().name())
                : t("kit_thanks_subject_milestone", u.profile().name(), u.title());
    }

    String thanksBody(Anniversaries.Upcoming u, String business, String pageUrl, String from) {
        String opening = u.kind().equals("anniversary") ? t("kit_thanks_anniversary", u.years(), date(u.date()))
                : u.years() == 0 ? t("kit_thanks_milestone_soon", u.title(), date(u.date()))
                : t("kit_thanks_milestone_years", u.years(), date(u.date()), u.title());
        return t("kit_hello") + "\n\n" + opening + "\n\n"
                + t("kit_thanks_note") + "\n\n"
                + t("kit_your_page", pageUrl) + "\n\n"
                + signature("kit_warm_wishes", business, from);
    }

    String readme(String business, LocalDate today, LocalDate since, Integer days, int packs, int drafts) {
        return t("kit_readme_title", business, date(today)) + "\n\n"
                + "new/              " + t("kit_readme_new", packs, date(since)) + "\n"
                + (days == null ? "" : "upcoming/         " + t("kit_readme_upcoming", drafts, days) + "\n")
                + "celebrations.ics  " + t("kit_readme_calendar") + "\n";
    }

    String calendarName(String business) {
        return t("kit_calendar_name", business);
    }

    String calendarSummary(Profile p) {
        return t("kit_calendar_anniversary", p.name(), String.valueOf(p.since().getYear()));
    }

    String calendarDescription(Profile p) {
        return t("kit_calendar_description", p.name(), date(p.since()));
    }

    private String signature(String closing, String business, String from) {
        return t(closing) + "\n" + business + "\n" + (from == null ? "" : from + "\n");
    }
}
