package io.github.kudos.site;

/** A short reference to a published profile, for lists inside other pages. logo is null when there is none. */
public record ProfileRef(String slug, String name, String relationship, String url,
                         ImageView logo, MonogramView monogram) {}
