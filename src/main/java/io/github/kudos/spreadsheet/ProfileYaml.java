package io.github.kudos.spreadsheet;

import io.github.kudos.scaffold.YamlText;

import java.util.Map;

/** A new profile file for an imported row: its fields, an empty consent block to fill in, and its private notes. */
final class ProfileYaml {
    static final String CONSENT = """
            # Consent: REQUIRED before this profile is published anywhere. Once they agree,
            # remove the '#' in front of these lines and fill them in:
            # consent:
            #   given: YYYY-MM-DD                   # the day they said yes
            #   by: Jane Doe, owner                 # who said yes
            #   scope: [name, logo, quote, story, impact]   # what they agreed to; drop what they did not
            """;

    private ProfileYaml() {}

    /** source: the spreadsheet's file name, one line. */
    static String render(ProfileFields fields, String source, int row) {
        StringBuilder out = new StringBuilder();
        out.append("# Imported from ").append(source).append(" (row ").append(row)
                .append("). Not published until its consent is recorded below.\n");
        for (ProfileFields.Field field : fields.fields()) {
            if (!field.isDefault()) out.append(field.key()).append(": ").append(field.yaml()).append('\n');
        }
        out.append('\n').append(CONSENT);
        block(out, "private", "# never published, in any file: for you only", fields.privates());
        block(out, "extra", "# free-form, for your own templates: published", fields.extras());
        return out.toString();
    }

    private static void block(StringBuilder out, String key, String comment, Map<String, String> values) {
        if (values.isEmpty()) return;
        out.append('\n').append(key).append(":").append(" ".repeat(Math.max(1, 40 - key.length() - 1)))
                .append(comment).append('\n');
        values.forEach((k, v) -> out.append("  ").append(YamlText.text(k)).append(": ")
                .append(YamlText.value(v, 2)).append('\n'));
    }
}
