package io.github.kudos.site;

/**
 * What every page knows about itself. kind is one of home, list, profile, stories, story, term,
 * terms, testimonials, celebrations, year, page, 404. section is the nav section it belongs to.
 * image is the absolute URL of the share image (null for none). jsonLd is schema.org JSON that
 * is already safe inside a script element (output it with ?no_esc).
 */
public record PageMeta(String kind, String title, String description, String url, String absoluteUrl,
                       String section, String image, String jsonLd) {}
