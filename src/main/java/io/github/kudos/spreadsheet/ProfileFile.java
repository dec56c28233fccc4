package io.github.kudos.spreadsheet;

import io.github.kudos.scaffold.YamlText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A profile file as text and as a YAML node tree: it reads the values under {@code private:} by key
 * (the content model keeps only the values), and changes single keys in place, so that a merge keeps
 * the file's comments, order, layout and every key it does not touch. Line endings and a byte-order
 * mark are kept as they were.
 */
final class ProfileFile {
    /** The order keys take in a profile file; a new key goes after the last key before it that is present. */
    private static final List<String> ORDER = List.of("name", "slug", "logo", "logo_alt", "website", "industry",
            "location", "tags", "since", "until", "summary", "featured", "weight", "consent", "testimonial", "impact",
            "milestones", "links", "video", "body", "draft", "private", "extra");

    private final String text;
    private final boolean bom;
    private final boolean crlf;
    private final MappingNode root;
    private final boolean bmpOnly;

    private ProfileFile(String text, boolean bom, boolean crlf) {
        this.bom = bom;
        this.crlf = crlf;
        this.text = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        this.bmpOnly = this.text.codePointCount(0, this.text.length()) == this.text.length();
        this.root = compose(this.text);
    }

    /** Thrown when a file cannot be read or changed; the message is for the user. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static ProfileFile of(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("it is not valid UTF-8");
        }
        boolean bom = text.startsWith("\uFEFF");
        if (bom) text = text.substring(1);
        boolean crlf = text.contains("\r\n");
        return new ProfileFile(text.replace("\r\n", "\n"), bom, crlf);
    }

    String text() {
        return text;
    }

    /** The text as it would be written: with the file's own line endings and byte-order mark. */
    byte[] bytes(String text) {
        String out = (bom ? "\uFEFF" : "") + (crlf ? text.replace("\n", "\r\n") : text);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static MappingNode compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(40);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(Math.max(text.length() + 16, 1024));
        try {
            Node node = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new DumperOptions()), new DumperOptions(), options).compose(new StringReader(text));
            return node instanceof MappingNode mapping ? mapping : null;
        } catch (YAMLException e) {
            return null;
        }
    }

    /** The one-line or multi-line texts directly under {@code private:}, by key. */
    SortedMap<String, String> privates() {
        SortedMap<String, String> values = new TreeMap<>();
        tuple(root, "private").map(NodeTuple::getValueNode).ifPresent(node -> {
            if (!(node instanceof MappingNode mapping)) return;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                        && !value.getValue().isBlank()) {
                    values.put(key.getValue(), value.getValue().strip());
                }
            }
        });
        return values;
    }

    /** Keys under {@code private:} that hold a list or a mapping: a spreadsheet cell cannot. */
    List<String> nestedPrivateKeys() {
        List<String> keys = new ArrayList<>();
        tuple(root, "private").map(NodeTuple::getValueNode).ifPresent(node -> {
            if (!(node instanceof MappingNode mapping)) return;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof CollectionNode<?>) {
                    keys.add(key.getValue());
                }
            }
        });
        return keys;
    }

    /**
     * The text with these top-level fields set, and these keys set under private: and extra:, every
     * other byte as it was.
     */
    String with(List<ProfileFields.Field> fields, Map<String, String> privates, Map<String, String> extras)
            throws Unreadable {
        if (root == null || root.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw new Unreadable("it is not a list of 'key: value' lines that can be changed one by one");
        }
        List<Edit> edits = new ArrayList<>();
        for (ProfileFields.Field field : fields) {
            Optional<NodeTuple> existing = tuple(root, field.key());
            if (existing.isPresent()) {
                edits.add(replaceValue(existing.get(), ": " + field.yaml()));
            } else {
                edits.add(new Edit(insertionPoint(field.key()), insertionPoint(field.key()),
                        field.key() + ": " + field.yaml() + "\n"));
            }
        }
        nested("private", privates, edits);
        nested("extra", extras, edits);
        return apply(edits);
    }

    private record Edit(int start, int end, String text) {}

    private void nested(String key, Map<String, String> values, List<Edit> edits) throws Unreadable {
        if (values.isEmpty()) return;
        Optional<NodeTuple> existing = tuple(root, key);
        if (existing.isEmpty()) {
            StringBuilder block = new StringBuilder(key).append(":\n");
            values.forEach((k, v) -> block.append("  ").append(entry(k, v, 2)).append('\n'));
            int at = insertionPoint(key);
            edits.add(new Edit(at, at, block.toString()));
            return;
        }
        Node node = existing.get().getValueNode();
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            StringBuilder block = new StringBuilder(":");
            values.forEach((k, v) -> block.append("\n  ").append(entry(k, v, 2)));
            edits.add(replaceValue(existing.get(), block.toString()));
            return;
        }
        if (!(node instanceof MappingNode mapping)) throw new Unreadable("its '" + key + "' is not a mapping");
        boolean flow = mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        int indent = mapping.getValue().isEmpty() ? 2 : mapping.getValue().get(0).getKeyNode().getStartMark().getColumn();
        boolean empty = mapping.getValue().isEmpty();
        for (Map.Entry<String, String> value : values.entrySet()) {
            Optional<NodeTuple> inner = tuple(mapping, value.getKey());
            if (inner.isPresent()) {
                edits.add(replaceValue(inner.get(), ": " + (flow ? YamlText.flowItem(value.getValue())
                        : YamlText.value(value.getValue(), indent))));
            } else if (flow) {
                int at = empty ? offset(mapping.getStartMark()) + 1
                        : contentEnd(mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
                edits.add(new Edit(at, at, (empty ? "" : ", ") + YamlText.flowItem(value.getKey()) + ": "
                        + YamlText.flowItem(value.getValue())));
                empty = false;
            } else {
                int at = lineEnd(contentEnd(mapping));
                edits.add(new Edit(at, at, " ".repeat(indent) + entry(value.getKey(), value.getValue(), indent) + "\n"));
            }
        }
    }

    private static String entry(String key, String value, int indent) {
        return YamlText.text(key) + ": " + YamlText.value(value, indent);
    }

    /** From the end of the key to the end of the value: "key: old  # comment" keeps its comment. */
    private Edit replaceValue(NodeTuple tuple, String text) {
        return new Edit(offset(tuple.getKeyNode().getEndMark()), contentEnd(tuple.getValueNode()), text);
    }

    /** After the entry of the last key that comes before this one in a profile file, or before the first key. */
    private int insertionPoint(String key) {
        int rank = ORDER.indexOf(key);
        NodeTuple after = null;
        for (NodeTuple tuple : root.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode name)) continue;
            int other = ORDER.indexOf(name.getValue());
            if (other >= 0 && other < rank) after = tuple;
        }
        if (after != null) return lineEnd(contentEnd(after.getValueNode()));
        if (root.getValue().isEmpty()) return text.length();
        return lineStart(offset(root.getValue().get(0).getKeyNode().getStartMark()));
    }

    /** Where a value's own text ends: a block collection or block scalar's end mark lies past trailing comments and blank lines. */
    private int contentEnd(Node node) {
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !mapping.getValue().isEmpty()) {
            return contentEnd(mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode sequence && sequence.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !sequence.getValue().isEmpty()) {
            return contentEnd(sequence.getValue().get(sequence.getValue().size() - 1));
        }
        int start = offset(node.getStartMark());
        int end = offset(node.getEndMark());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private int lineEnd(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private int offset(Mark mark) {
        return bmpOnly ? mark.getIndex() : text.offsetByCodePoints(0, mark.getIndex());
    }

    private static Optional<NodeTuple> tuple(MappingNode mapping, String key) {
        if (mapping == null) return Optional.empty();
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst();
    }

    /** Edits in file order; two at one place keep the order they were made in. */
    private String apply(List<Edit> edits) {
        List<Integer> order = IntStream.range(0, edits.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> edits.get(i).start()).thenComparingInt(i -> i))
                .toList();
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (int i : order) {
            Edit edit = edits.get(i);
            out.append(text, cursor, edit.start()).append(edit.text());
            cursor = edit.end();
        }
        return out.append(text.substring(cursor)).toString();
    }
}
