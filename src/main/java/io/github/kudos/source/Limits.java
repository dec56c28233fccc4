package io.github.kudos.source;

/** Sizes past which a file is refused before it reaches a parser (SPEC section 2). */
public record Limits(long yamlBytes, long markdownBytes) {
    public static final Limits DEFAULT = new Limits(1L << 20, 4L << 20);
}
