package io.github.kudos.site;

/** A video shown click-to-load, never auto-embedded. transcript may be null. */
public record VideoView(String url, String transcript) {}
