package io.github.kudos.site;

/** One impact figure: a large value with its label; note may be null. */
public record ImpactView(String label, String value, String note) {}
