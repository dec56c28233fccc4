package io.github.kudos.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org data: the business as an Organization on every page, each profile as an
 * Organization, testimonials as Reviews without ratings, stories as Articles. Never an
 * AggregateRating: the business chose its own testimonials.
 */
public final class JsonLd {
    private JsonLd() {}

    public static Map<String, Object> business(SiteView site) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("@id", site.url() + "#organization");
        org.put("name", site.title());
        org.put("url", site.url());
        if (site.description() != null) org.put("description", site.description());
        if (site.logo() != null) org.put("logo", absolute(site, site.logo().url()));
        if (site.since() != null) org.put("foundingDate", site.since().iso());
        if (site.contact().email() != null) org.put("email", site.contact().email());
        if (site.contact().phone() != null) org.put("telephone", site.contact().phone());
        if (site.contact().address() != null) org.put("address", site.contact().address());
        if (!site.social().isEmpty()) org.put("sameAs", site.social().stream().map(LinkView::url).toList());
        return org;
    }

    public static String page(SiteView site, String type, String name, String absoluteUrl) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", type);
        page.put("name", name);
        page.put("url", absoluteUrl);
        page.put("publisher", Json.object("@id", site.url() + "#organization"));
        return graph(business(site), page);
    }

    public static String profile(SiteView site, ProfileView profile) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("@id", profile.absoluteUrl() + "#organization");
        org.put("name", profile.name());
        org.put("url", profile.website() != null ? profile.website() : profile.absoluteUrl());
        if (profile.logo() != null) org.put("logo", absolute(site, profile.logo().url()));
        if (profile.summary() != null) org.put("description", profile.summary());
        if (profile.location() != null) org.put("location", profile.location().name());
        List<Object> nodes = new ArrayList<>(List.of(business(site), org));
        for (TestimonialView t : profile.testimonials()) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@type", "Review");
            review.put("itemReviewed", Json.object("@id", site.url() + "#organization"));
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("@type", "Person");
            author.put("name", t.author());
            if (t.role() != null) author.put("jobTitle", t.role());
            author.put("worksFor", Json.object("@id", profile.absoluteUrl() + "#organization"));
            review.put("author", author);
            review.put("reviewBody", t.quote());
            nodes.add(review);
        }
        return graph(nodes.toArray());
    }

    public static String story(SiteView site, StoryView story) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "Article");
        article.put("headline", story.title());
        article.put("datePublished", story.date().iso());
        article.put("url", story.absoluteUrl());
        if (story.author() != null) article.put("author", Json.object("@type", "Person", "name", story.author()));
        if (story.cover() != null) article.put("image", absolute(site, story.cover().url()));
        article.put("publisher", Json.object("@id", site.url() + "#organization"));
        if (!story.profiles().isEmpty()) {
            article.put("about", story.profiles().stream()
                    .map(p -> Json.object("@type", "Organization", "name", p.name())).toList());
        }
        return graph(business(site), article);
    }

    private static String graph(Object... nodes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", List.of(nodes));
        return Json.write(root);
    }

    private static String absolute(SiteView site, String rootPrefixed) {
        return SiteLink.of(site.url()).absoluteOfPath(rootPrefixed);
    }
}
