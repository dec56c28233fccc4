package io.github.kudos.content;

public record Link(String title, String url) {}
