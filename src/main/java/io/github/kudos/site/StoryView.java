package io.github.kudos.site;

import java.util.List;

/** A published story. cover and author may be null; bodyHtml is sanitised HTML. */
public record StoryView(
        String slug, String title, String url, String absoluteUrl, DateView date, String summary,
        ImageView cover, List<TermView> tags, String author, List<ProfileRef> profiles,
        String bodyHtml, int readingMinutes, StoryRef previous, StoryRef next) {

    public StoryView {
        tags = List.copyOf(tags);
        profiles = List.copyOf(profiles);
    }

    public StoryRef ref() {
        return new StoryRef(slug, title, url, date, summary);
    }
}
