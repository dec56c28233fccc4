package io.github.kudos.serve;

import io.github.kudos.build.BuildRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Not a test: what bench/serve-bench.sh measures without the watcher and the browser. Rebuilds a
 * corpus in memory as the preview server does after one profile's summary is edited, and prints
 * the median time of each stage. Run with the serve launcher's flags:
 * (-Djfr=FILE -Djfr.settings=JFC records the rebuilds with Flight Recorder; -Dpause=MILLIS waits between
 * edits as a person and serve-bench.sh do)
 * java -XX:+UseParallelGC -cp target/kudos.jar:target/test-classes io.github.kudos.serve.RebuildBench SITE [edits]
 */
public final class RebuildBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        long[] last = {System.nanoTime()};
        String[] stage = {"start"};
        BuildRequest request = BuildRequest.build(site, site.resolve("site"), LocalDate.of(2026, 11, 22))
                .withProgress(next -> {
                    long now = System.nanoTime();
                    stages.computeIfAbsent(stage[0], s -> new ArrayList<>()).add((now - last[0]) / 1e6);
                    stage[0] = next.replaceAll("[0-9]+", "N");
                    last[0] = now;
                });
        LiveSite live = new LiveSite(request, () -> LocalDate.of(2026, 11, 22));
        live.origin("http://127.0.0.1:8080");
        long first = System.nanoTime();
        live.rebuild(Set.of(), d -> {});
        System.out.printf(Locale.ROOT, "first build %.0f ms%n", (System.nanoTime() - first) / 1e6);
        int warmUps = Integer.getInteger("warmUps", 0);
        long warm = System.nanoTime();
        for (int i = 0; i < warmUps; i++) live.warmUp(live.warmUpProfile().orElseThrow());
        if (warmUps > 0) System.out.printf(Locale.ROOT, "%d warm-up steps %.0f ms%n", warmUps, (System.nanoTime() - warm) / 1e6);
        jdk.jfr.Recording recording = null;
        if (System.getProperty("jfr") != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.create(Path.of(System.getProperty("jfr.settings"))));
            recording.setDestination(Path.of(System.getProperty("jfr")));
            recording.start();
        }
        Path profile;
        try (Stream<Path> files = Files.list(site.resolve("content/clients"))) {
            profile = files.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(profile);
        List<Double> totals = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(profile, original.replaceFirst("(?m)^summary: (.*)$", "summary: $1 (edit " + i + ")"));
                if (i == edits / 3) stages.clear();
                last[0] = System.nanoTime();
                stage[0] = "start";
                long start = System.nanoTime();
                LiveSite.Change change = live.rebuild(Set.of(profile), d -> System.out.println(d.format()));
                long end = System.nanoTime();
                stages.computeIfAbsent(stage[0] + " (to end)", s -> new ArrayList<>()).add((end - last[0]) / 1e6);
                if (i >= edits / 3) totals.add((end - start) / 1e6);
                if (Boolean.getBoolean("each")) System.out.printf(Locale.ROOT, "edit %d: %.1f ms%n", i, (end - start) / 1e6);
                if (change.kind() != LiveSite.Kind.RELOAD) System.out.println("edit " + i + ": " + change.kind());
                Thread.sleep(Long.getLong("pause", 0));
            }
        } finally {
            Files.writeString(profile, original);
            if (recording != null) recording.stop();
        }
        stages.forEach((name, times) -> System.out.printf(Locale.ROOT, "%8.1f ms  %s%n", median(times), name));
        System.out.printf(Locale.ROOT, "%8.1f ms  total (median of %d; %s)%n", median(totals), totals.size(), live.summary());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
