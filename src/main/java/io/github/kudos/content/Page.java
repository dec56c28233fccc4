package io.github.kudos.content;

import io.github.kudos.diag.Position;

/** A free page from content/pages/&lt;slug&gt;.md; description may be null. */
public record Page(Position position, String slug, String title, String description, boolean draft, int weight,
                   boolean nav, String body, int bodyLine) {}
