package io.github.kudos.site;

import java.util.List;

/** All terms in use, each list sorted by name. */
public record TaxonomiesView(List<TermView> industries, List<TermView> tags, List<TermView> locations) {
    public TaxonomiesView {
        industries = List.copyOf(industries);
        tags = List.copyOf(tags);
        locations = List.copyOf(locations);
    }
}
