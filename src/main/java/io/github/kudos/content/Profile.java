package io.github.kudos.content;

import io.github.kudos.diag.Position;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A profile as read from content/&lt;relationship&gt;/&lt;slug&gt;.yaml. Optional values are null.
 * privateValues holds the texts under {@code private:} only so that the privacy self-check can
 * look for them in the output; no view ever copies them.
 */
public record Profile(
        Position position, Relationship relationship, String slug, Position slugPosition,
        String name, AssetRef logo, String logoAlt, String website, String industry, String location,
        List<String> tags, LocalDate since, LocalDate until, String summary, boolean featured, int weight,
        Consent consent, List<Testimonial> testimonials, List<Impact> impact, List<Milestone> milestones,
        List<Link> links, Video video, String body, int bodyLine, boolean draft,
        Map<String, Object> extra, List<String> privateValues) {

    public Profile {
        tags = List.copyOf(tags);
        testimonials = List.copyOf(testimonials);
        impact = List.copyOf(impact);
        milestones = List.copyOf(milestones);
        links = List.copyOf(links);
        extra = SortedMaps.copyOf(extra);
        privateValues = List.copyOf(privateValues);
    }

    public String file() {
        return position.file();
    }
}
