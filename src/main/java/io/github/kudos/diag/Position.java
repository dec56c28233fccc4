package io.github.kudos.diag;

/**
 * A place in a source file. {@code line} and {@code column} are 1-based, as editors show them;
 * SnakeYAML marks are 0-based and are converted once, in {@code YamlMap}.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) return byFile;
        if (line != other.line) return Integer.compare(line, other.line);
        return Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
