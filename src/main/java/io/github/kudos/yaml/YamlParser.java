package io.github.kudos.yaml;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.Optional;

/**
 * Parses YAML safely: it only composes a node tree (no object is ever constructed from a tag),
 * with limits on aliases, nesting and size (SECURITY.md). Scalars stay text; {@link YamlMap}
 * converts them, so {@code location: NO} stays "NO".
 */
public final class YamlParser {
    private YamlParser() {}

    /** The top-level mapping of a YAML text; lineOffset shifts positions (front matter starts below "---"). */
    public static Optional<YamlMap> parseMapping(SourceFile file, String text, int lineOffset, Problems problems) {
        try {
            Node root = yaml(text.length()).compose(new StringReader(text));
            if (root != null && rejectTags(root, file.path(), lineOffset, problems,
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
                return Optional.empty();
            }
            if (root == null || isNull(root)) {
                return Optional.of(YamlMap.empty(file.path(), lineOffset, problems));
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.error(YamlMap.at(file.path(), lineOffset, root.getStartMark()),
                        "expected a mapping of 'key: value' lines");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file.path(), lineOffset, mapping, problems));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position position = mark == null ? new Position(file.path(), lineOffset + 1, 1)
                    : YamlMap.at(file.path(), lineOffset, mark);
            problems.error(position, "invalid YAML: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(new Position(file.path(), lineOffset + 1, 1), "invalid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Explicit tags such as !!java.net.URL are never needed in content: report them, construct nothing. */
    private static boolean rejectTags(Node node, String file, int lineOffset, Problems problems,
                                      java.util.Set<Node> ancestors) {
        if (!ancestors.add(node)) {
            problems.error(YamlMap.at(file, lineOffset, node.getStartMark()), "a YAML alias refers to itself");
            return true;
        }
        boolean found = false;
        if (!node.getTag().getValue().startsWith(Tag.PREFIX)) {
            problems.error(YamlMap.at(file, lineOffset, node.getStartMark()),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed", "remove the '!' tag");
            found = true;
        } else if (node.getTag().isCustomGlobal() || isJavaTag(node)) {
            problems.error(YamlMap.at(file, lineOffset, node.getStartMark()),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed", "remove the '!!' tag");
            found = true;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (Node item : sequence.getValue()) found |= rejectTags(item, file, lineOffset, problems, ancestors);
        } else if (node instanceof MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                found |= rejectTags(tuple.getKeyNode(), file, lineOffset, problems, ancestors);
                found |= rejectTags(tuple.getValueNode(), file, lineOffset, problems, ancestors);
            }
        }
        ancestors.remove(node);
        return found;
    }

    private static boolean isJavaTag(Node node) {
        String tag = node.getTag().getValue().substring(Tag.PREFIX.length());
        return !java.util.Set.of("str", "int", "float", "bool", "null", "map", "seq", "omap", "pairs", "set",
                "timestamp", "binary", "merge", "value").contains(tag);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static Yaml yaml(int codePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(40);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(Math.max(codePoints + 16, 1024));
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }

    private static String firstLine(String message) {
        if (message == null) return "cannot parse";
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
