package io.github.kudos.kit;

import io.github.kudos.content.Impact;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Story;
import io.github.kudos.content.Testimonial;

import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence ask and kit write, in one place (English), so another language is one more
 * class like this. Plain words: the people who read them run cafés and garages, not websites.
 */
final class KitWords {
    private KitWords() {}

    static String askSubject(Profile p) {
        return "May we feature " + p.name() + " on our website?";
    }

    /** What would be published, item by item, for the email and the printable page alike. */
    record Item(String scope, String title, List<String> lines) {}

    static List<Item> items(Profile p, List<Story> stories) {
        List<Item> items = new ArrayList<>();
        List<String> about = new ArrayList<>();
        about.add(p.name());
        if (p.summary() != null) about.add(p.summary());
        if (p.website() != null) about.add("Website: " + p.website());
        if (p.industry() != null || p.location() != null) {
            about.add(String.join(", ", java.util.stream.Stream.of(p.industry(), p.location()).filter(s -> s != null).toList()));
        }
        if (p.since() != null) about.add("Working together since " + p.since().getYear());
        p.milestones().forEach(m -> about.add("Milestone: " + m.title() + " (" + m.date() + ")"));
        items.add(new Item("name", "Your name and what we say about you", about));
        items.add(new Item("logo", "Your logo", List.of(p.logo() != null
                ? "Your logo (" + p.logo().path().substring(p.logo().path().lastIndexOf('/') + 1) + "), as in the preview"
                : "We have no logo of yours: we would show your initials in a coloured square, or your logo if you send it")));
        List<String> quotes = new ArrayList<>();
        for (Testimonial t : p.testimonials()) {
            quotes.add("\u201C" + t.quote() + "\u201D \u2014 " + t.author() + (t.role() == null ? "" : ", " + t.role()));
        }
        if (!quotes.isEmpty()) items.add(new Item("quote", "Your words", quotes));
        List<String> storyLines = stories.stream().map(s -> "\u201C" + s.title() + "\u201D" + (s.summary() == null ? "" : ": " + s.summary())).toList();
        if (!storyLines.isEmpty() || p.body() != null) {
            List<String> lines = new ArrayList<>(storyLines);
            if (p.body() != null) lines.add("A few paragraphs about our work together, on your page");
            items.add(new Item("story", "Our story together", lines));
        }
        List<String> figures = new ArrayList<>();
        for (Impact i : p.impact()) figures.add(i.label() + ": " + i.value() + (i.note() == null ? "" : " (" + i.note() + ")"));
        if (!figures.isEmpty()) items.add(new Item("impact", "The difference we made together", figures));
        return items;
    }

    static String askBody(Profile p, List<Item> items, String business, String pageUrl, String from) {
        StringBuilder body = new StringBuilder();
        body.append("Hello,\n\n")
                .append("We are making a page on our website about the clients, suppliers and partners we are proud to work with, and we would love to include ")
                .append(p.name()).append(".\n\n")
                .append("Nothing is published without your yes. This is exactly what would appear, at ").append(pageUrl).append(" :\n");
        for (Item item : items) {
            body.append("\n").append(item.title()).append(":\n");
            item.lines().forEach(line -> body.append("  - ").append(line).append("\n"));
        }
        body.append("\nPlease reply \"yes\", or tell us what to leave out: any of these can stay off the page. ")
                .append("You can change your mind at any time, and we will take it down.\n\n")
                .append("Thank you,\n").append(business).append("\n");
        if (from != null) body.append(from).append("\n");
        return body.toString();
    }

    static String consentBlock(Profile p, java.time.LocalDate today, List<Item> items) {
        return "consent:\n"
                + "  given: " + today + "           # the day they said yes\n"
                + "  by: Name, role              # who said yes\n"
                + "  scope: [" + String.join(", ", items.stream().map(Item::scope).toList())
                + "]   # leave out what they do not want shown\n"
                + "  review_by: " + today.plusYears(2) + "       # kudos check reminds you to ask again\n";
    }

    static String announceSubject(Profile p) {
        return "You are on our website, " + p.name() + "!";
    }

    static String announceBody(Profile p, String business, String pageUrl, String cardUrl, String snippet, String from) {
        return "Hello,\n\n"
                + "Thank you for letting us celebrate our work together: " + p.name() + " is now on our website:\n\n"
                + "  " + pageUrl + "\n\n"
                + "If you would like to share it, this picture is made for social media:\n\n"
                + "  " + cardUrl + "\n\n"
                + "And if you would like to show it on your own website, this badge links back to your page (paste the line\n"
                + "below into your site; entirely up to you, and never a condition of being listed):\n\n"
                + "  " + snippet + "\n\n"
                + "Thank you,\n" + business + "\n" + (from == null ? "" : from + "\n");
    }

    static String post(Profile p, String business, String pageUrl) {
        String text = "Proud to work with " + p.name() + (p.since() == null ? "" : " since " + p.since().getYear()) + "! "
                + (p.summary() == null ? "" : p.summary() + " ") + "Read about our work together: " + pageUrl;
        if (text.length() > 280) text = "Proud to work with " + p.name() + "! " + pageUrl;
        return text + "\n";
    }

    static String links(Profile p, String pageUrl, String cardUrl, String badgeUrl, String snippet) {
        return "Page:  " + pageUrl + "\n" + "Card:  " + cardUrl + "\n" + "Badge: " + badgeUrl + "\n\n"
                + "Badge HTML for their site:\n" + snippet + "\n";
    }

    static String thanksSubject(Anniversaries.Upcoming u) {
        return u.kind().equals("anniversary")
                ? u.years() + (u.years() == 1 ? " year" : " years") + " together: thank you, " + u.profile().name()
                : "Congratulations, " + u.profile().name() + ": " + u.title();
    }

    static String thanksBody(Anniversaries.Upcoming u, String business, String pageUrl, String from) {
        String opening = u.kind().equals("anniversary")
                ? "On " + u.date() + " it will be " + u.years() + (u.years() == 1 ? " year" : " years")
                        + " since we started working together, and we wanted to say thank you."
                : u.years() == 0 ? "We saw that \"" + u.title() + "\" is coming up on " + u.date() + ". Congratulations!"
                        : "On " + u.date() + " it will be " + u.years() + (u.years() == 1 ? " year" : " years")
                                + " since \"" + u.title() + "\". Congratulations!";
        return "Hello,\n\n" + opening + "\n\n"
                + "It is a pleasure to work with you. [Add a memory or two of your own here.]\n\n"
                + "Your page on our website: " + pageUrl + "\n\n"
                + "Warm wishes,\n" + business + "\n" + (from == null ? "" : from + "\n");
    }
}
