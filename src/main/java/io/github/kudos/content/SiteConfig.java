package io.github.kudos.content;

import io.github.kudos.source.Limits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** content/site.yaml. Optional values are null; social maps a network name to its URL. */
public record SiteConfig(
        String title, String tagline, String url, String language, String theme, AssetRef logo,
        String description, LocalDate since, Contact contact, Map<String, String> social,
        String primaryColor, String accentColor, List<Link> nav, Map<String, Object> extra, Limits limits) {

    public SiteConfig {
        social = SortedMaps.copyOf(social);
        nav = List.copyOf(nav);
        extra = SortedMaps.copyOf(extra);
    }

    public record Contact(String email, String phone, String address) {}
}
