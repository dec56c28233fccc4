package io.github.kudos.site;

/** The generated stand-in for a missing (or not consented) logo; colours meet WCAG AA contrast. */
public record MonogramView(String initials, String background, String foreground, String svgUrl) {}
