package io.github.kudos.content;

/** note may be null. */
public record Impact(String label, String value, String note) {}
