package io.github.kudos.yaml;

import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A YAML mapping that reads its values as typed content and reports every mistake, with its
 * position, to {@link Problems}. It never throws on bad content: a bad value is reported and
 * read as absent, so the reader can carry on and find the next problem.
 */
public final class YamlMap {
    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final Position position;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, int lineOffset, MappingNode node, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.position = at(file, lineOffset, node.getStartMark());
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(at(tuple.getKeyNode()), "a key must be plain text");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.error(at(key), "duplicate key '" + key.getValue() + "'",
                        "first defined at line " + at(first.getKeyNode()).line());
            }
        }
    }

    private YamlMap(String file, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.position = new Position(file, lineOffset + 1, 1);
    }

    static YamlMap empty(String file, int lineOffset, Problems problems) {
        return new YamlMap(file, lineOffset, problems);
    }

    /** SnakeYAML marks are 0-based; positions are 1-based. */
    static Position at(String file, int lineOffset, Mark mark) {
        return new Position(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private Position at(Node node) {
        return at(file, lineOffset, node.getStartMark());
    }

    public String file() {
        return file;
    }

    public Position position() {
        return position;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !YamlParser.isNull(tuple.getValueNode());
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    public Position keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : at(tuple.getKeyNode());
    }

    public Position valuePosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : at(tuple.getValueNode());
    }

    /** Reports every key not in allowed, with the closest allowed key as a hint. */
    public void allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String hint = DidYouMean.hint(entry.getKey(), allowed);
                if (hint == null && entry.getKey().contains(" ")) {
                    hint = "inside { }, a comma ends a value: put text that has commas in quotes";
                }
                problems.error(at(entry.getValue().getKeyNode()), "unknown key '" + entry.getKey() + "'", hint);
            }
        }
    }

    public Optional<String> text(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        problems.error(at(value), "'" + key + "' must be text, not a " + kind(value));
        return Optional.empty();
    }

    public String requiredText(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() && !entries.containsKey(key)) {
            problems.error(position, "missing required key '" + key + "'");
        } else if (text.isEmpty() && (!has(key) || valueIsScalar(key))) {
            problems.error(valuePosition(key), "'" + key + "' must not be empty");
        }
        return text.orElse(null);
    }

    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.error(valuePosition(key), "'" + key + "' is not a valid date: '" + text + "'",
                        "use YYYY-MM-DD, e.g. 2015-03-01");
                return Optional.empty();
            }
        });
    }

    public LocalDate requiredDate(String key) {
        if (!entries.containsKey(key)) {
            problems.error(position, "missing required key '" + key + "'", "use YYYY-MM-DD");
            return null;
        }
        return date(key).orElse(null);
    }

    /** An absolute http(s) URL. */
    public Optional<String> httpUrl(String key) {
        return text(key).filter(text -> {
            if (isHttpUrl(text)) return true;
            problems.error(valuePosition(key), "'" + key + "' must be an http(s) URL: '" + text + "'",
                    "e.g. https://example.com");
            return false;
        });
    }

    public static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    public Optional<Boolean> flag(String key) {
        return text(key).flatMap(text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.error(valuePosition(key), "'" + key + "' must be true or false, not '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.error(valuePosition(key), "'" + key + "' must be a whole number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** A list of texts; a single text is read as a list of one. */
    public List<String> textList(String key) {
        if (!has(key)) return List.of();
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode) return text(key).map(List::of).orElse(List.of());
        if (!(value instanceof SequenceNode sequence)) {
            problems.error(at(value), "'" + key + "' must be a list, not a " + kind(value));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.error(at(item), "each item of '" + key + "' must be text");
            }
        }
        return result;
    }

    /** Positions of the items of a list, in order (for errors about one item). */
    public List<Position> itemPositions(String key) {
        if (!has(key) || !(entries.get(key).getValueNode() instanceof SequenceNode sequence)) {
            return List.of(valuePosition(key));
        }
        return sequence.getValue().stream().map(this::at).toList();
    }

    public Optional<YamlMap> map(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (value instanceof MappingNode mapping) return Optional.of(new YamlMap(file, lineOffset, mapping, problems));
        problems.error(at(value), "'" + key + "' must be a mapping of 'key: value' lines, not a " + kind(value));
        return Optional.empty();
    }

    /** A list of mappings; a single mapping is read as a list of one. */
    public List<YamlMap> maps(String key) {
        if (!has(key)) return List.of();
        Node value = entries.get(key).getValueNode();
        if (value instanceof MappingNode) return map(key).map(List::of).orElse(List.of());
        if (!(value instanceof SequenceNode sequence)) {
            problems.error(at(value), "'" + key + "' must be a list of mappings, not a " + kind(value));
            return List.of();
        }
        List<YamlMap> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, lineOffset, mapping, problems));
            } else {
                problems.error(at(item), "each item of '" + key + "' must be a mapping of 'key: value' lines");
            }
        }
        return result;
    }

    /** A free-form value (under extra:) as plain strings, lists and sorted maps. */
    public Object plain(String key) {
        return has(key) ? plain(entries.get(key).getValueNode()) : null;
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) return scalar.getValue();
        if (node instanceof SequenceNode sequence) return sequence.getValue().stream().map(YamlMap::plain).toList();
        Map<String, Object> map = new TreeMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Object value = plain(tuple.getValueNode());
            if (tuple.getKeyNode() instanceof ScalarNode key && value != null) map.put(key.getValue(), value);
        }
        return map;
    }

    /** Every scalar text below key, however deeply nested (used to scan output for private values). */
    public List<String> scalarsBelow(String key) {
        List<String> result = new ArrayList<>();
        if (has(key)) collectScalars(entries.get(key).getValueNode(), result);
        return result;
    }

    private static void collectScalars(Node node, List<String> into) {
        if (node instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) into.add(scalar.getValue().strip());
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> collectScalars(item, into));
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> collectScalars(tuple.getValueNode(), into));
        }
    }

    private boolean valueIsScalar(String key) {
        return entries.get(key) != null && entries.get(key).getValueNode() instanceof ScalarNode;
    }

    private static String kind(Node node) {
        if (node instanceof SequenceNode) return "list";
        if (node instanceof MappingNode) return "mapping";
        return "text";
    }
}
