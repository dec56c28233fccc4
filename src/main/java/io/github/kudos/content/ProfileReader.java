package io.github.kudos.content;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;
import io.github.kudos.yaml.YamlParser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads one profile file into a {@link Profile}, reporting every problem it finds. */
public final class ProfileReader {
    static final List<String> KEYS = List.of("name", "slug", "logo", "logo_alt", "website", "industry", "location",
            "tags", "since", "until", "summary", "featured", "weight", "consent", "testimonial", "impact",
            "milestones", "links", "video", "body", "draft", "private", "extra");
    private static final List<String> CONSENT_KEYS = List.of("given", "by", "scope", "review_by", "withdrawn");

    private ProfileReader() {}

    public static Optional<Profile> read(SourceFile file, Relationship relationship, Problems problems) {
        return YamlParser.parseMapping(file, file.text(), 0, problems)
                .map(map -> profile(map, relationship, slugFromFileName(file.path())));
    }

    static String slugFromFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Profile profile(YamlMap map, Relationship relationship, String fileSlug) {
        map.allowOnly(KEYS);
        String slug = map.text("slug").orElse(fileSlug);
        Position slugPosition = map.has("slug") ? map.valuePosition("slug") : Position.startOf(map.file());
        Fields.checkSlug(map, slug, slugPosition);
        String name = map.requiredText("name");
        var since = map.date("since").orElse(null);
        var until = map.date("until").orElse(null);
        if (since != null && until != null && until.isBefore(since)) {
            map.problems().error(map.valuePosition("until"), "'until' (" + until + ") is before 'since' (" + since + ")");
        }
        return new Profile(Position.startOf(map.file()), relationship, slug, slugPosition, name,
                Fields.asset(map, "logo").orElse(null),
                map.text("logo_alt").orElse(null),
                map.httpUrl("website").orElse(null),
                map.text("industry").orElse(null), map.text("location").orElse(null), map.textList("tags"),
                since, until, map.text("summary").orElse(null),
                map.flag("featured").orElse(false), map.integer("weight").orElse(0),
                map.map("consent").map(ProfileReader::consent).orElse(null),
                map.maps("testimonial").stream().map(ProfileReader::testimonial).filter(Objects::nonNull).toList(),
                map.maps("impact").stream().map(ProfileReader::impact).filter(Objects::nonNull).toList(),
                map.maps("milestones").stream().map(ProfileReader::milestone).filter(Objects::nonNull).toList(),
                Fields.links(map, "links"),
                map.map("video").map(ProfileReader::video).orElse(null),
                map.text("body").orElse(null), map.valuePosition("body").line(),
                map.flag("draft").orElse(false), Fields.extra(map), map.scalarsBelow("private"));
    }

    private static Consent consent(YamlMap map) {
        map.allowOnly(CONSENT_KEYS);
        Set<String> scope = new LinkedHashSet<>();
        List<String> items = map.textList("scope");
        List<Position> positions = map.itemPositions("scope");
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (Consent.SCOPES.contains(item)) {
                scope.add(item);
            } else {
                Position at = i < positions.size() ? positions.get(i) : map.valuePosition("scope");
                map.problems().error(at, "unknown consent scope '" + item + "'",
                        Optional.ofNullable(Fields.hintFor(item, Consent.SCOPES))
                                .orElse("use any of " + String.join(", ", Consent.SCOPES)));
            }
        }
        if (!map.has("scope")) {
            map.problems().warning(map.position(), "consent has no 'scope': nothing but the name is shown",
                    "add scope: [" + String.join(", ", Consent.SCOPES) + "]");
            scope.add("name");
        }
        return new Consent(map.date("given").orElse(null), map.text("by").orElse(null), scope,
                map.date("review_by").orElse(null), map.date("withdrawn").orElse(null), map.position());
    }

    private static Testimonial testimonial(YamlMap map) {
        map.allowOnly(List.of("quote", "author", "role"));
        String quote = map.requiredText("quote");
        String author = map.requiredText("author");
        return quote == null || author == null ? null : new Testimonial(quote, author, map.text("role").orElse(null));
    }

    private static Impact impact(YamlMap map) {
        map.allowOnly(List.of("label", "value", "note"));
        String label = map.requiredText("label");
        String value = map.requiredText("value");
        return label == null || value == null ? null : new Impact(label, value, map.text("note").orElse(null));
    }

    private static Milestone milestone(YamlMap map) {
        map.allowOnly(List.of("date", "title"));
        var date = map.requiredDate("date");
        String title = map.requiredText("title");
        return date == null || title == null ? null : new Milestone(date, title);
    }

    private static Video video(YamlMap map) {
        map.allowOnly(List.of("url", "transcript"));
        String url = map.has("url") ? map.httpUrl("url").orElse(null) : map.requiredText("url");
        return url == null ? null : new Video(url, map.text("transcript").orElse(null));
    }
}
