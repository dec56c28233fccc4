package io.github.kudos;

import io.github.kudos.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A whole site inside a test, declared txtar-style:
 * <pre>
 * -- content/site.yaml --
 * title: Test
 * -- content/clients/a.yaml --
 * name: A
 * </pre>
 * It is written into a folder (usually a JUnit @TempDir), and run through the same CLI a user runs.
 */
public record TestSite(Path root) {

    /** The smallest valid site.yaml, for tests about something else. */
    public static final String SITE = """
            -- content/site.yaml --
            title: Test Bakery
            url: https://bakery.example/
            since: 2010-01-01
            """;

    public static TestSite of(Path root, String txtar) {
        parse(txtar).forEach((path, text) -> write(root.resolve(path), text));
        return new TestSite(root);
    }

    public static Map<String, String> parse(String txtar) {
        Map<String, String> files = new TreeMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) files.put(name, text.toString());
                name = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) files.put(name, text.toString().replaceAll("\n+$", "\n"));
        return files;
    }

    public TestSite with(String path, String text) {
        write(root.resolve(path), text);
        return this;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs kudos with these arguments, as a user would from the command line. */
    public static Run kudos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", root.toString(), "--now", "2026-11-22"));
        args.addAll(List.of(extra));
        return kudos(args.toArray(String[]::new));
    }

    public Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--source", root.toString(), "--now", "2026-11-22"));
        args.addAll(List.of(extra));
        return kudos(args.toArray(String[]::new));
    }

    public Path site() {
        return root.resolve("site");
    }

    public String read(String outputPath) {
        try {
            return Files.readString(site().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder, by '/'-separated relative path, as bytes. */
    public static Map<String, byte[]> tree(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public record Run(int exitCode, String out, String err) {
        public List<String> errorLines() {
            return err.lines().filter(l -> l.contains(": error: ")).toList();
        }
    }
}
