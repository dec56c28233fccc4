package io.github.kudos.content;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads content/stories/*.md and content/pages/*.md. */
public final class StoryReader {
    static final List<String> STORY_KEYS = List.of("title", "slug", "date", "clients", "summary", "cover",
            "cover_alt", "tags", "author", "draft");
    static final List<String> PAGE_KEYS = List.of("title", "slug", "description", "draft", "weight", "nav");

    private StoryReader() {}

    public static Optional<Story> story(SourceFile file, Problems problems) {
        return FrontMatter.split(file, problems).map(front -> {
            YamlMap map = front.yaml();
            map.allowOnly(STORY_KEYS);
            String slug = slug(map, file);
            List<String> slugs = map.textList("clients");
            List<Position> positions = map.itemPositions("clients");
            List<Story.SlugRef> refs = new ArrayList<>();
            for (int i = 0; i < slugs.size(); i++) {
                refs.add(new Story.SlugRef(slugs.get(i), i < positions.size() ? positions.get(i) : map.valuePosition("clients")));
            }
            return new Story(Position.startOf(file.path()), slug, map.requiredText("title"), map.requiredDate("date"),
                    refs, map.text("summary").orElse(null), Fields.asset(map, "cover").orElse(null),
                    map.text("cover_alt").orElse(null), map.textList("tags"), map.text("author").orElse(null),
                    map.flag("draft").orElse(false), front.body(), front.bodyLine());
        });
    }

    public static Optional<Page> page(SourceFile file, Problems problems) {
        return FrontMatter.split(file, problems).map(front -> {
            YamlMap map = front.yaml();
            map.allowOnly(PAGE_KEYS);
            return new Page(Position.startOf(file.path()), slug(map, file), map.requiredText("title"),
                    map.text("description").orElse(null), map.flag("draft").orElse(false),
                    map.integer("weight").orElse(0), map.flag("nav").orElse(true), front.body(), front.bodyLine());
        });
    }

    private static String slug(YamlMap map, SourceFile file) {
        String slug = map.text("slug").orElse(ProfileReader.slugFromFileName(file.path()));
        Fields.checkSlug(map, slug, map.has("slug") ? map.valuePosition("slug") : Position.startOf(file.path()));
        return slug;
    }
}
