package io.github.kudos.content;

import io.github.kudos.diag.Position;
import io.github.kudos.source.Limits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * content/site.yaml. Optional values are null; social maps a network name to its URL. positions
 * tells where the values that later stages may warn about were written.
 */
public record SiteConfig(
        String title, String tagline, String url, String language, String theme, AssetRef logo,
        String description, LocalDate since, Contact contact, Map<String, String> social,
        String primaryColor, String accentColor, List<Link> nav, Map<String, Object> extra, Limits limits,
        Positions positions) {

    public SiteConfig {
        social = SortedMaps.copyOf(social);
        nav = List.copyOf(nav);
        extra = SortedMaps.copyOf(extra);
        if (positions == null) positions = Positions.unknown();
    }

    public SiteConfig(String title, String tagline, String url, String language, String theme, AssetRef logo,
                      String description, LocalDate since, Contact contact, Map<String, String> social,
                      String primaryColor, String accentColor, List<Link> nav, Map<String, Object> extra, Limits limits) {
        this(title, tagline, url, language, theme, logo, description, since, contact, social, primaryColor, accentColor,
                nav, extra, limits, null);
    }

    public record Contact(String email, String phone, String address) {}

    /**
     * The deploy: section, as written (null where absent); kudos deploy fills in defaults and flags.
     * Secrets never live here: they come from the environment.
     */
    public record Deploy(String target, String branch, String remote, String cname, Boolean orphan, String host,
                         Integer port, String user, String path, String folder, Integer deleteThreshold) {
        public static final Deploy NONE = new Deploy(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Where language, the theme and the colours are set in content/site.yaml (the file's start when not set). */
    public record Positions(Position language, Position theme, Position primaryColor, Position accentColor) {
        public static Positions unknown() {
            Position start = Position.startOf("content/site.yaml");
            return new Positions(start, start, start, start);
        }
    }
}
