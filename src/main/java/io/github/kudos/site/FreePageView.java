package io.github.kudos.site;

/** A free page from content/pages; nav tells whether it belongs in the site navigation. */
public record FreePageView(String slug, String title, String url, String bodyHtml, int weight, boolean nav) {}
