package io.github.kudos.site;

public record StoryRef(String slug, String title, String url, DateView date, String summary) {}
