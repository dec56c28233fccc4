package io.github.kudos.content;

import io.github.kudos.diag.Position;

/** A file under content/ named by content (a logo, a cover); path is relative to content/. */
public record AssetRef(String path, Position position) {}
