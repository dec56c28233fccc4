package io.github.kudos.site;

/** A link whose url has passed the scheme check (http, https, mailto, or a site path). */
public record LinkView(String title, String url) {}
