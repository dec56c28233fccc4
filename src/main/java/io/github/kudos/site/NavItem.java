package io.github.kudos.site;

/** A navigation entry; section names the page kind it highlights (may be empty). */
public record NavItem(String title, String url, String section) {}
