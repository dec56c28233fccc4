package io.github.kudos.site;

/** A taxonomy term: taxonomy is "industries", "tags" or "locations"; count counts published profiles and stories. */
public record TermView(String taxonomy, String name, String slug, String url, int count) {}
