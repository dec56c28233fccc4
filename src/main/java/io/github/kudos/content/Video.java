package io.github.kudos.content;

/** transcript may be null. */
public record Video(String url, String transcript) {}
