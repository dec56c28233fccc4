package io.github.kudos.site;

/**
 * One step of a relationship: kind is "since", "milestone", "story" or "until".
 * url is null except for stories.
 */
public record TimelineEntry(DateView date, String kind, String title, String url) {}
