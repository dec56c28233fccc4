package io.github.kudos.content;

/** role may be null. */
public record Testimonial(String quote, String author, String role) {}
