package io.github.kudos.source;

/**
 * A content file as text: UTF-8 decoded, BOM stripped, CRLF and CR turned into LF, so line
 * numbers match what an editor shows. path is relative to the site folder, with '/' separators.
 */
public record SourceFile(String path, String text) {}
