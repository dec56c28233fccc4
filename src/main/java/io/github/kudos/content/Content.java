package io.github.kudos.content;

import java.util.List;

/** Everything read from a site folder's content/, before any cross-file check or publishing decision. */
public record Content(SiteConfig site, List<Profile> profiles, List<Story> stories, List<Page> pages,
                      List<String> assets) {
    public Content {
        profiles = List.copyOf(profiles);
        stories = List.copyOf(stories);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
