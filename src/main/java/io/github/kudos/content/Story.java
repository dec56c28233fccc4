package io.github.kudos.content;

import io.github.kudos.diag.Position;

import java.time.LocalDate;
import java.util.List;

/** A story from content/stories/&lt;slug&gt;.md. profiles are the slugs it names, with their positions. */
public record Story(
        Position position, String slug, String title, LocalDate date, List<SlugRef> profiles,
        String summary, AssetRef cover, String coverAlt, List<String> tags, String author, boolean draft,
        String body, int bodyLine) {

    public Story {
        profiles = List.copyOf(profiles);
        tags = List.copyOf(tags);
    }

    public record SlugRef(String slug, Position position) {}
}
