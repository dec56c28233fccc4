package io.github.kudos.content;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import io.github.kudos.yaml.YamlMap;
import io.github.kudos.yaml.YamlParser;

import java.util.Optional;

/** Splits a Markdown file into its YAML front matter (between "---" lines) and its body. */
record FrontMatter(YamlMap yaml, String body, int bodyLine) {

    static Optional<FrontMatter> split(SourceFile file, Problems problems) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            problems.error(Position.startOf(file.path()), "missing front matter",
                    "start the file with a '---' line, then 'title: ...', then another '---' line");
            return Optional.empty();
        }
        int start = 4;
        int line = 2;
        int cursor = start;
        while (cursor <= text.length()) {
            int end = text.indexOf('\n', cursor);
            String current = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = text.substring(start, cursor);
                String body = end < 0 ? "" : text.substring(end + 1);
                int bodyLine = line + 1;
                return YamlParser.parseMapping(file, yaml, 1, problems)
                        .map(map -> new FrontMatter(map, body, bodyLine));
            }
            if (end < 0) break;
            cursor = end + 1;
            line++;
        }
        problems.error(Position.startOf(file.path()), "front matter is not closed", "add a '---' line after it");
        return Optional.empty();
    }
}
