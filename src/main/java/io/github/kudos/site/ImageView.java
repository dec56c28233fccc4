package io.github.kudos.site;

/** An image in the output: {@code url} is root-prefixed; width and height are null when unknown. */
public record ImageView(String url, String alt, Integer width, Integer height) {}
