package io.github.kudos.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/** The files the build writes itself: Atom feed, sitemap, robots.txt and the public profile data. */
public final class DataFiles {
    private static final int FEED_ENTRIES = 50;

    private DataFiles() {}

    /** One feed entry: a new profile (dated by its consent) or a story. */
    public record Entry(String title, String absoluteUrl, LocalDate date, String summary) {}

    /**
     * A possible feed entry: item is what it is made from, looked at only if it is among the newest
     * (10,000 welcome titles took 10 ms to word).
     */
    public record Candidate<T>(LocalDate date, String absoluteUrl, T item) {}

    /** The items of the newest candidates, as many as the feed shows, in its order. */
    public static <T> List<T> newest(List<Candidate<T>> candidates) {
        Comparator<Candidate<T>> newestFirst = Comparator.comparing((Candidate<T> c) -> c.date()).reversed()
                .thenComparing(Candidate::absoluteUrl);
        PriorityQueue<Candidate<T>> newest = new PriorityQueue<>(newestFirst.reversed()); // the oldest kept on top
        for (Candidate<T> candidate : candidates) {
            newest.add(candidate);
            if (newest.size() > FEED_ENTRIES) newest.poll();
        }
        return newest.stream().sorted(newestFirst).map(Candidate::item).toList();
    }

    public static String feed(SiteView site, SiteLink link, List<Entry> all) {
        List<Entry> entries = all.stream()
                .sorted(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::absoluteUrl))
                .limit(FEED_ENTRIES).toList();
        String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date().toString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(site.language())).append("\">\n")
                .append("  <title>").append(Xml.escape(site.title())).append("</title>\n");
        if (site.tagline() != null) xml.append("  <subtitle>").append(Xml.escape(site.tagline())).append("</subtitle>\n");
        xml.append("  <id>").append(Xml.escape(link.baseUrl())).append("</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(Xml.escape(link.baseUrl())).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(link.absolute("feed.xml"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(Xml.escape(site.title())).append("</name></author>\n")
                .append("  <generator>Kudos</generator>\n");
        for (Entry entry : entries) {
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(entry.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(Xml.escape(entry.absoluteUrl())).append("\"/>\n")
                    .append("    <id>").append(Xml.escape(entry.absoluteUrl())).append("</id>\n")
                    .append("    <updated>").append(entry.date()).append("T00:00:00Z</updated>\n");
            if (entry.summary() != null) xml.append("    <summary>").append(Xml.escape(entry.summary())).append("</summary>\n");
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    public static String sitemap(SiteLink link, List<Output.Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(p -> !p.path().equals("404.html"))
                .sorted(Comparator.comparing(Output.Page::path))
                .forEach(page -> {
                    String path = page.path().endsWith("index.html")
                            ? page.path().substring(0, page.path().length() - "index.html".length()) : page.path();
                    xml.append("  <url><loc>").append(Xml.escape(link.absolute(path))).append("</loc>");
                    if (page.updated() != null) xml.append("<lastmod>").append(page.updated()).append("</lastmod>");
                    xml.append("</url>\n");
                });
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(SiteLink link) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + link.absolute("sitemap.xml") + "\n";
    }

    /** Public data of published profiles, limited by consent exactly as the pages are. */
    public static String profilesJson(SiteView site, SiteLink link, List<ProfileView> profiles) {
        return new String(profilesJson(site, link, profiles, ViewMemo.NONE).make(), StandardCharsets.UTF_8);
    }

    /**
     * data/profiles.json as its entries' UTF-8 bytes, put together when the file is made. With a memo
     * (the preview server's), an entry is written again only when its profile's view changed, and
     * an edit costs a copy of the bytes, not 7 MB of text written, compared and encoded again.
     */
    static ProfilesJson profilesJson(SiteView site, SiteLink link, List<ProfileView> profiles, ViewMemo memo) {
        String empty = Json.write(Json.object("site", Json.object("title", site.title(), "url", site.url()),
                "profiles", List.of()));
        byte[] head = empty.substring(0, empty.length() - "]}".length()).getBytes(StandardCharsets.UTF_8);
        List<byte[]> entries = new ArrayList<>(profiles.size());
        for (ProfileView p : profiles) {
            entries.add(memo.derived("profiles.json", p.slug(), p,
                    () -> Json.write(item(link, p)).getBytes(StandardCharsets.UTF_8)));
        }
        return new ProfilesJson(head, entries);
    }

    /** The file of profiles that take the places of before's, with the entries of the profiles whose views changed written again. */
    static ProfilesJson profilesJson(SiteView site, SiteLink link, List<ProfileView> profiles, List<ProfileView> before,
                                     ProfilesJson json) {
        List<byte[]> entries = new ArrayList<>(json.entries());
        for (int i = 0; i < profiles.size(); i++) {
            ProfileView p = profiles.get(i);
            if (p != before.get(i)) entries.set(i, Json.write(item(link, p)).getBytes(StandardCharsets.UTF_8));
        }
        return new ProfilesJson(json.head(), entries, json.made != null ? json : json.from);
    }

    /**
     * The file's bytes: the head, the entries between commas, the end. A file patched from another
     * copies the stretches of entries the two share from the other's bytes once those are made: an
     * edit copies 7 MB in a few pieces rather than 10,000 entries from all over the heap.
     */
    static final class ProfilesJson {
        private static final byte[] END = "]}\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] head;
        private final List<byte[]> entries;
        /** The file this one was patched from, until this one is made. */
        private ProfilesJson from;
        private byte[] made;
        /** Where each entry starts in made. */
        private int[] starts;

        ProfilesJson(byte[] head, List<byte[]> entries) {
            this(head, entries, null);
        }

        private ProfilesJson(byte[] head, List<byte[]> entries, ProfilesJson from) {
            this.head = head;
            this.entries = entries;
            this.from = from;
        }

        byte[] head() {
            return head;
        }

        List<byte[]> entries() {
            return entries;
        }

        synchronized byte[] make() {
            if (made != null) return made;
            int count = entries.size();
            int size = head.length + END.length + Math.max(0, count - 1);
            for (byte[] entry : entries) size += entry.length;
            byte[] file = new byte[size];
            int[] at = new int[count];
            System.arraycopy(head, 0, file, 0, head.length);
            int pos = head.length;
            ProfilesJson last = from != null && from.made != null && from.entries.size() == count ? from : null;
            for (int i = 0; i < count; ) {
                if (i > 0) file[pos++] = ',';
                int same = i;
                while (last != null && same < count && entries.get(same) == last.entries.get(same)) same++;
                if (same > i) { // entries i .. same - 1 are the last file's, commas between them included
                    int begin = last.starts[i];
                    int end = last.starts[same - 1] + entries.get(same - 1).length;
                    System.arraycopy(last.made, begin, file, pos, end - begin);
                    for (int k = i; k < same; k++) at[k] = pos + last.starts[k] - begin;
                    pos += end - begin;
                    i = same;
                } else {
                    at[i] = pos;
                    System.arraycopy(entries.get(i), 0, file, pos, entries.get(i).length);
                    pos += entries.get(i).length;
                    i++;
                }
            }
            System.arraycopy(END, 0, file, pos, END.length);
            made = file;
            starts = at;
            from = null;
            return file;
        }
    }

    private static Map<String, Object> item(SiteLink link, ProfileView p) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("slug", p.slug());
        item.put("name", p.name());
        item.put("relationship", p.relationship());
        item.put("url", p.absoluteUrl());
        if (p.logo() != null) {
            item.put("logo", Json.object("url", link.absoluteOfPath(p.logo().url()), "alt", p.logo().alt(),
                    "width", p.logo().width(), "height", p.logo().height(),
                    "srcset", p.logo().srcset().isEmpty() ? null : absoluteSrcset(link, p.logo().srcset())));
        }
        item.put("monogram", Json.object("initials", p.monogram().initials(), "background", p.monogram().background(),
                "foreground", p.monogram().foreground(), "url", link.absoluteOfPath(p.monogram().svgUrl())));
        item.put("website", p.website());
        item.put("industry", p.industry() == null ? null : p.industry().name());
        item.put("location", p.location() == null ? null : p.location().name());
        item.put("tags", p.tags().stream().map(TermView::name).toList());
        item.put("since", p.since() == null ? null : p.since().iso());
        item.put("until", p.until() == null ? null : p.until().iso());
        item.put("summary", p.summary());
        item.put("featured", p.featured());
        item.put("testimonials", p.testimonials().stream()
                .map(t -> Json.object("quote", t.quote(), "author", t.author(), "role", t.role())).toList());
        item.put("impact", p.impact().stream()
                .map(i -> Json.object("label", i.label(), "value", i.value(), "note", i.note())).toList());
        return item;
    }

    /** "/a-120.png 120w, /a-240.png 240w" with absolute URLs, for pages on other sites. */
    private static String absoluteSrcset(SiteLink link, String srcset) {
        return java.util.Arrays.stream(srcset.split(",\\s*")).map(candidate -> {
            int space = candidate.indexOf(' ');
            return link.absoluteOfPath(candidate.substring(0, space)) + candidate.substring(space);
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    static LocalDate latest(java.util.stream.Stream<LocalDate> dates, LocalDate today) {
        return dates.filter(Objects::nonNull).filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder()).orElse(null);
    }
}
