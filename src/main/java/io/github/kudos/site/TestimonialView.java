package io.github.kudos.site;

/** A testimonial, with the profile it came from. role may be null. */
public record TestimonialView(String quote, String author, String role, ProfileRef profile) {}
