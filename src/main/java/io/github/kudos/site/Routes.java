package io.github.kudos.site;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds output paths written by more than one source: one diagnostic names them all. */
public final class Routes {
    private Routes() {}

    public static void checkCollisions(List<Output> outputs, Problems problems) {
        Map<String, List<Output>> byPath = new LinkedHashMap<>();
        for (Output output : outputs) {
            byPath.computeIfAbsent(output.path().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(output);
        }
        byPath.forEach((path, writers) -> {
            if (writers.size() < 2) return;
            Position position = writers.stream().map(Output::position).filter(p -> p != null)
                    .sorted().findFirst().orElse(Position.startOf("content/site.yaml"));
            List<String> names = writers.stream().map(Output::source).distinct().sorted().toList();
            problems.error(position, "output path '" + writers.get(0).path() + "' would be written by "
                    + String.join(" and ", names), "rename one of them (slug, term or file name)");
        });
    }
}
