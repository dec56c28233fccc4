package io.github.kudos.content;

import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Position;
import io.github.kudos.yaml.YamlMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Small readers shared by the content readers. */
final class Fields {
    private Fields() {}

    /** A path under content/ (a logo, a cover); whether it exists is checked later, with all assets known. */
    static Optional<AssetRef> asset(YamlMap map, String key) {
        return map.text(key).map(path -> new AssetRef(path, map.valuePosition(key)));
    }

    static Map<String, Object> extra(YamlMap map) {
        Object extra = map.plain("extra");
        if (extra == null) return Map.of();
        if (extra instanceof Map<?, ?> values) {
            Map<String, Object> result = new TreeMap<>();
            values.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        map.problems().error(map.valuePosition("extra"), "'extra' must be a mapping of 'key: value' lines");
        return Map.of();
    }

    static List<Link> links(YamlMap map, String key) {
        return map.maps(key).stream().map(item -> {
            item.allowOnly(List.of("title", "url"));
            String title = item.requiredText("title");
            String url = item.has("url") ? item.httpUrl("url").orElse(null) : item.requiredText("url");
            return title == null || url == null ? null : new Link(title, url);
        }).filter(java.util.Objects::nonNull).toList();
    }

    static void checkSlug(YamlMap map, String slug, Position position) {
        if (!Slugs.isValid(slug)) {
            map.problems().error(position, "invalid slug '" + slug + "'",
                    "use lowercase letters, digits and single hyphens, e.g. '" + Slugs.slugify(slug) + "'");
        }
    }

    static String hintFor(String typo, List<String> known) {
        return DidYouMean.hint(typo, known);
    }
}
