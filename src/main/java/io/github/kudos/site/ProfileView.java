package io.github.kudos.site;

import java.util.List;
import java.util.Map;

/**
 * Everything a template may show of a published profile, already limited by its consent scope.
 * It has no private field at all, so no template can leak one. Optional values are null;
 * lists are empty when absent. relationship is "client", "supplier" or "partner" and section
 * its plural ("clients", ...). bodyHtml is sanitised HTML (output it with ?no_esc).
 */
public record ProfileView(
        String slug, String name, String relationship, String section,
        String url, String absoluteUrl,
        ImageView logo, MonogramView monogram,
        String website, TermView industry, TermView location, List<TermView> tags,
        DateView since, DateView until, boolean current, int yearsTogether,
        String summary, boolean featured, int weight,
        List<TestimonialView> testimonials, List<ImpactView> impact, List<MilestoneView> milestones,
        List<LinkView> links, VideoView video, String bodyHtml, Map<String, Object> extra,
        List<StoryRef> stories, List<TimelineEntry> timeline, List<ProfileRef> related,
        ProfileRef previous, ProfileRef next) {

    public ProfileView {
        tags = List.copyOf(tags);
        testimonials = List.copyOf(testimonials);
        impact = List.copyOf(impact);
        milestones = List.copyOf(milestones);
        links = List.copyOf(links);
        extra = io.github.kudos.content.SortedMaps.copyOf(extra);
        stories = List.copyOf(stories);
        timeline = List.copyOf(timeline);
        related = List.copyOf(related);
    }

    public ProfileRef ref() {
        return new ProfileRef(slug, name, relationship, url, logo, monogram);
    }
}
