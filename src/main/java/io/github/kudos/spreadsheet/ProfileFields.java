package io.github.kudos.spreadsheet;

import io.github.kudos.content.Profile;
import io.github.kudos.scaffold.YamlText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fields of a profile that a spreadsheet row can hold, each null when the row has none.
 * Consent is not among them: it is never imported. A profile's other keys (testimonial, impact,
 * milestones, links, video) stay in its file.
 */
record ProfileFields(String name, String logo, String logoAlt, String website, String industry, String location,
                     List<String> tags, LocalDate since, LocalDate until, String summary, Boolean featured,
                     Integer weight, String body, Boolean draft, SortedMap<String, String> privates,
                     SortedMap<String, String> extras) {

    ProfileFields {
        tags = tags == null ? null : List.copyOf(tags);
        privates = new TreeMap<>(privates);
        extras = new TreeMap<>(extras);
    }

    /** A top-level key and its value written as YAML (at indent 0), in the order profile files list them. */
    record Field(String key, String yaml) {
        /** featured: false, draft: false and weight: 0 say what an absent key says. */
        boolean isDefault() {
            return (key.equals("featured") || key.equals("draft")) && yaml.equals("false")
                    || key.equals("weight") && yaml.equals("0");
        }
    }

    /** The fields of a profile as read; logo_alt only when it is not the default "NAME logo". */
    static ProfileFields of(Profile profile, Map<String, String> privates) {
        String defaultAlt = profile.name() + " logo";
        Map<String, String> extras = new TreeMap<>();
        profile.extra().forEach((key, value) -> {
            if (value instanceof String text) extras.put(key, text);
        });
        return new ProfileFields(profile.name(), profile.logo() == null ? null : profile.logo().path(),
                defaultAlt.equals(profile.logoAlt()) ? null : profile.logoAlt(), profile.website(), profile.industry(),
                profile.location(), profile.tags().isEmpty() ? null : profile.tags(), profile.since(), profile.until(),
                profile.summary(), profile.featured(), profile.weight(), profile.body(), profile.draft(),
                new TreeMap<>(privates), new TreeMap<>(extras));
    }

    List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        add(fields, "name", name == null ? null : YamlText.text(name));
        add(fields, "logo", logo == null ? null : YamlText.text(logo));
        add(fields, "logo_alt", logoAlt == null ? null : YamlText.text(logoAlt));
        add(fields, "website", website == null ? null : YamlText.text(website));
        add(fields, "industry", industry == null ? null : YamlText.text(industry));
        add(fields, "location", location == null ? null : YamlText.text(location));
        add(fields, "tags", tags == null ? null : YamlText.list(tags));
        add(fields, "since", since == null ? null : since.toString());
        add(fields, "until", until == null ? null : until.toString());
        add(fields, "summary", summary == null ? null : YamlText.text(summary));
        add(fields, "featured", featured == null ? null : featured.toString());
        add(fields, "weight", weight == null ? null : weight.toString());
        add(fields, "body", body == null ? null : YamlText.value(body, 0));
        add(fields, "draft", draft == null ? null : draft.toString());
        return fields;
    }

    private static void add(List<Field> fields, String key, String yaml) {
        if (yaml != null) fields.add(new Field(key, yaml));
    }
}
