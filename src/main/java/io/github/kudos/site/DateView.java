package io.github.kudos.site;

/** A date as templates show it: ISO for machines, {@code display} in the site's language. */
public record DateView(String iso, int year, int month, int day, String display, String monthYear) {}
