package io.github.kudos.publish;

import io.github.kudos.content.Page;
import io.github.kudos.content.Profile;
import io.github.kudos.content.SiteConfig;
import io.github.kudos.content.Story;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may be published, and nothing else: profiles with consent (and not drafts, unless drafts
 * are asked for), stories and pages that are not drafts. secrets are the texts that must never
 * appear in any output (every private value and every unpublished profile's name), each with
 * the words that say where it comes from. publicTexts are the names and slugs of published
 * profiles: public by consent, even where they contain a secret.
 * withheldAssets are files under content/ that unpublished content names (an unpublished
 * profile's logo), or logos whose consent scope excludes them: they are not copied.
 */
public record Published(SiteConfig site, List<Profile> profiles, List<Story> stories, List<Page> pages,
                        List<String> assets, Map<String, String> secrets, Set<String> publicTexts,
                        Set<String> withheldAssets) {
    public Published {
        profiles = List.copyOf(profiles);
        stories = List.copyOf(stories);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        secrets = Map.copyOf(secrets);
        publicTexts = Set.copyOf(publicTexts);
        withheldAssets = Set.copyOf(withheldAssets);
    }
}
