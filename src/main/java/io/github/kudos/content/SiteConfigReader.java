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
            "since", "contact", "social", "colors", "nav", "extra", "limits", "deploy");
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
        deploy(map);
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
                nav(map), Fields.extra(map), limits(map),
                new SiteConfig.Positions(map.valuePosition("language"), map.valuePosition("theme"),
                        colors.map(c -> c.valuePosition("primary")).orElse(map.valuePosition("colors")),
                        colors.map(c -> c.valuePosition("accent")).orElse(map.valuePosition("colors"))));
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

    /** The deploy: section of a site.yaml, checked the same way a build checks it. */
    public static SiteConfig.Deploy readDeploy(SourceFile file, Problems problems) {
        return YamlParser.parseMapping(file, file.text(), 0, problems)
                .map(SiteConfigReader::deploy)
                .orElse(SiteConfig.Deploy.NONE);
    }

    private static SiteConfig.Deploy deploy(YamlMap map) {
        return map.map("deploy").map(SiteConfigReader::deploySection).orElse(SiteConfig.Deploy.NONE);
    }

    static final List<String> DEPLOY_KEYS = List.of("target", "branch", "remote", "cname", "orphan", "host", "port",
            "user", "path", "folder", "delete_threshold");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|passwd|token|secret|passphrase|private_?key).*");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern CNAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private static SiteConfig.Deploy deploySection(YamlMap deploy) {
        List<String> allowed = new java.util.ArrayList<>(DEPLOY_KEYS);
        for (String key : deploy.keys()) {
            if (SECRET_KEY.matcher(key).matches()) {
                deploy.problems().error(deploy.keyPosition(key), "'" + key + "' must not be stored in site.yaml",
                        "secrets come from the environment: KUDOS_SFTP_PASSWORD, KUDOS_SSH_KEY or KUDOS_GIT_TOKEN");
                allowed.add(key);
            }
        }
        deploy.allowOnly(allowed);
        String target = deploy.text("target").filter(t -> {
            if (List.of("git", "sftp", "dir").contains(t)) return true;
            deploy.problems().error(deploy.valuePosition("target"), "invalid target '" + t + "'",
                    "use git, sftp or dir");
            return false;
        }).orElse(null);
        Integer port = deploy.integer("port").filter(p -> inRange(deploy, "port", p, 1, 65535)).orElse(null);
        Integer threshold = deploy.text("delete_threshold").map(t -> t.endsWith("%") ? t.substring(0, t.length() - 1) : t)
                .flatMap(t -> percent(deploy, t)).orElse(null);
        return new SiteConfig.Deploy(target, matching(deploy, "branch", BRANCH, "a branch name such as gh-pages").orElse(null),
                remote(deploy), matching(deploy, "cname", CNAME, "a host name such as clients.example.com").orElse(null),
                deploy.flag("orphan").orElse(null), matching(deploy, "host", HOST, "a host name or address").orElse(null),
                port, deploy.text("user").orElse(null), deploy.text("path").orElse(null), deploy.text("folder").orElse(null),
                threshold);
    }

    /** A remote URL with a password or token in it would put a secret in site.yaml. */
    private static String remote(YamlMap deploy) {
        return deploy.text("remote").filter(remote -> {
            if (!remote.matches("(?i)[a-z][a-z0-9+.-]*://[^/@]*:[^/@]*@.*")) return true;
            deploy.problems().error(deploy.valuePosition("remote"), "'remote' must not contain a password or token",
                    "put the token in the KUDOS_GIT_TOKEN environment variable instead");
            return false;
        }).orElse(null);
    }

    private static Optional<Integer> percent(YamlMap deploy, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return inRange(deploy, "delete_threshold", value, 0, 100) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            deploy.problems().error(deploy.valuePosition("delete_threshold"),
                    "'delete_threshold' must be a percentage, not '" + text + "'", "e.g. 25%");
            return Optional.empty();
        }
    }

    private static boolean inRange(YamlMap map, String key, int value, int min, int max) {
        if (value >= min && value <= max) return true;
        map.problems().error(map.valuePosition(key), "'" + key + "' must be between " + min + " and " + max + ", not " + value);
        return false;
    }

    static Position start(String file) {
        return Position.startOf(file);
    }
}
