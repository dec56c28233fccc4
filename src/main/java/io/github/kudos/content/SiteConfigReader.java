package io.github.kudos.content;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.Limits;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;
import io.github.kudos.yaml.YamlParser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads content/site.yaml. */
public final class SiteConfigReader {
    static final List<String> KEYS = List.of("title", "tagline", "url", "language", "theme", "logo", "description",
            "since", "contact", "social", "colors", "nav", "extra", "limits");
    private static final Pattern COLOR = Pattern.compile(
            "#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|(rgb|rgba|hsl|hsla)\\([0-9.,%\\s/a-z]{1,60}\\)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KiB|MiB|B)?");

    private SiteConfigReader() {}

    /** The site's settings; a site.yaml that cannot be read yields placeholder settings, with its errors reported. */
    public static SiteConfig read(SourceFile file, Problems problems) {
        return YamlParser.parseMapping(file, file.text(), 0, problems)
                .map(SiteConfigReader::config)
                .orElseGet(SiteConfigReader::placeholder);
    }

    public static SiteConfig placeholder() {
        return new SiteConfig("Untitled", null, null, "en", "default", null, null, null,
                new SiteConfig.Contact(null, null, null), Map.of(), null, null, List.of(), Map.of(), Limits.DEFAULT);
    }

    private static SiteConfig config(YamlMap map) {
        map.allowOnly(KEYS);
        String title = map.requiredText("title");
        String language = matching(map, "language", LANGUAGE, "a language code such as en, es or de-CH").orElse("en");
        String theme = matching(map, "theme", THEME, "a theme folder name such as default").orElse("default");
        Optional<YamlMap> colors = map.map("colors");
        colors.ifPresent(c -> c.allowOnly(List.of("primary", "accent")));
        return new SiteConfig(title == null ? "Untitled" : title, map.text("tagline").orElse(null),
                map.httpUrl("url").orElse(null), language.toLowerCase(Locale.ROOT), theme,
                Fields.asset(map, "logo").orElse(null), map.text("description").orElse(null),
                map.date("since").orElse(null), contact(map), social(map),
                colors.flatMap(c -> color(c, "primary")).orElse(null),
                colors.flatMap(c -> color(c, "accent")).orElse(null),
                nav(map), Fields.extra(map), limits(map));
    }

    private static Optional<String> matching(YamlMap map, String key, Pattern pattern, String expected) {
        return map.text(key).filter(value -> {
            if (pattern.matcher(value).matches()) return true;
            map.problems().error(map.valuePosition(key), "invalid " + key + " '" + value + "'", "use " + expected);
            return false;
        });
    }

    private static Optional<String> color(YamlMap colors, String key) {
        return matching(colors, key, COLOR, "a CSS colour such as \"#1f6f5c\" (quoted)");
    }

    private static SiteConfig.Contact contact(YamlMap map) {
        return map.map("contact").map(contact -> {
            contact.allowOnly(List.of("email", "phone", "address"));
            Optional<String> email = contact.text("email").filter(e -> {
                if (e.matches("[^@\\s<>\"]+@[^@\\s<>\"]+")) return true;
                contact.problems().error(contact.valuePosition("email"), "invalid email address '" + e + "'");
                return false;
            });
            return new SiteConfig.Contact(email.orElse(null), contact.text("phone").orElse(null),
                    contact.text("address").orElse(null));
        }).orElse(new SiteConfig.Contact(null, null, null));
    }

    private static Map<String, String> social(YamlMap map) {
        Map<String, String> social = new TreeMap<>();
        map.map("social").ifPresent(networks -> networks.keys()
                .forEach(network -> networks.httpUrl(network).ifPresent(url -> social.put(network, url))));
        return social;
    }

    private static List<Link> nav(YamlMap map) {
        return map.maps("nav").stream().map(item -> {
            item.allowOnly(List.of("title", "url"));
            String title = item.requiredText("title");
            String url = item.requiredText("url");
            if (url != null && !url.startsWith("/") && !YamlMap.isHttpUrl(url)) {
                item.problems().error(item.valuePosition("url"), "nav url must start with / or be an http(s) URL: '" + url + "'");
                return null;
            }
            return title == null || url == null ? null : new Link(title, url);
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static Limits limits(YamlMap map) {
        return map.map("limits").map(limits -> {
            limits.allowOnly(List.of("yaml", "markdown"));
            return new Limits(size(limits, "yaml", Limits.DEFAULT.yamlBytes()),
                    size(limits, "markdown", Limits.DEFAULT.markdownBytes()));
        }).orElse(Limits.DEFAULT);
    }

    private static long size(YamlMap limits, String key, long fallback) {
        return limits.text(key).map(text -> {
            var matcher = SIZE.matcher(text);
            if (!matcher.matches()) {
                limits.problems().error(limits.valuePosition(key), "invalid size '" + text + "'", "e.g. 2MiB or 512KiB");
                return fallback;
            }
            long number = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "B" : matcher.group(2);
            return number * switch (unit) { case "KiB" -> 1024L; case "MiB" -> 1024L * 1024; default -> 1L; };
        }).orElse(fallback);
    }

    static Position start(String file) {
        return Position.startOf(file);
    }
}
