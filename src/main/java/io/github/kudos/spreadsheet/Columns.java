package io.github.kudos.spreadsheet;

import io.github.kudos.diag.DidYouMean;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which profile field each column fills: --map first, then the column names spreadsheets and CRMs
 * use (HubSpot company exports, Salesforce account exports, Kudos's own export). When several
 * columns fill one field, each row takes the first of them that is not empty, in the order listed
 * here (Website URL before Company Domain Name).
 */
final class Columns {
    /** Fields a column can fill besides private.KEY and extra.KEY; city, region and country make up location. */
    static final List<String> FIELDS = List.of("name", "slug", "relationship", "website", "industry", "location",
            "city", "region", "country", "tags", "since", "until", "summary", "featured", "weight", "logo", "logo_alt",
            "draft", "body");
    static final String IGNORE = "ignore";
    /** Longer keys are no names (and YAML refuses keys over 1024 characters on one line). */
    private static final int MAX_KEY = 100;
    private static final Map<String, List<String>> ALIASES = aliases();

    private Columns() {}

    record Column(int index, String header, String field) {
        /** 1-based, as a spreadsheet counts. */
        int number() {
            return index + 1;
        }
    }

    /** The columns of each field, best first; consent columns are recognised so that they can be left out on purpose. */
    record Mapping(Map<String, List<Column>> fields, List<Column> consent) {
        Mapping {
            fields = Map.copyOf(fields);
            consent = List.copyOf(consent);
        }

        List<Column> of(String field) {
            return fields.getOrDefault(field, List.of());
        }
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("name", List.of("name", "company", "company name", "account name", "account", "organization",
                "organisation", "organization name", "organisation name", "business", "business name", "client",
                "client name", "customer", "customer name", "supplier", "supplier name", "vendor", "vendor name",
                "partner", "partner name"));
        aliases.put("slug", List.of("slug"));
        aliases.put("relationship", List.of("relationship", "relationship type", "kind", "type", "company type",
                "account type", "customer type"));
        aliases.put("website", List.of("website", "website url", "web site", "url", "homepage", "home page", "web",
                "site", "domain", "company domain name", "domain name", "website domain"));
        aliases.put("industry", List.of("industry", "sector", "category", "industry sector"));
        aliases.put("location", List.of("location", "place"));
        aliases.put("city", List.of("city", "town", "billing city", "shipping city", "mailing city", "locality"));
        aliases.put("region", List.of("state", "region", "state region", "province", "state province",
                "billing state province", "billing state", "shipping state province", "county"));
        aliases.put("country", List.of("country", "country region", "billing country", "shipping country"));
        aliases.put("tags", List.of("tags", "tag", "labels", "label", "keywords"));
        aliases.put("since", List.of("since", "customer since", "client since", "partner since", "supplier since",
                "relationship start", "start date", "started", "became a customer date", "close date", "created date",
                "create date", "date created", "created", "created at", "created on"));
        aliases.put("until", List.of("until", "end date", "ended", "churn date", "churned date", "contract end date"));
        aliases.put("summary", List.of("summary", "tagline", "short description", "about"));
        aliases.put("featured", List.of("featured"));
        aliases.put("weight", List.of("weight", "sort order", "order"));
        aliases.put("logo", List.of("logo"));
        aliases.put("logo_alt", List.of("logo alt", "logo alt text"));
        aliases.put("draft", List.of("draft"));
        aliases.put("body", List.of("body"));
        aliases.put("private.contact", List.of("email", "e mail", "email address", "contact email", "primary email",
                "contact", "contact name", "primary contact", "main contact", "contact person"));
        aliases.put("private.phone", List.of("phone", "phone number", "telephone", "tel", "mobile"));
        aliases.put("private.notes", List.of("notes", "note", "comments", "comment", "internal notes", "description"));
        aliases.put("private.address", List.of("address", "street", "street address", "billing street",
                "billing address", "shipping street", "shipping address", "postal address", "mailing street"));
        aliases.put("private.postcode", List.of("postcode", "postal code", "zip", "zip code",
                "billing zip postal code", "shipping zip postal code"));
        aliases.put("private.owner", List.of("owner", "company owner", "account owner", "contact owner"));
        aliases.put("private.crm_id", List.of("record id", "account id", "company id", "customer id", "id",
                "hubspot id", "salesforce id"));
        return aliases;
    }

    /** "Country/Region" -> "country region", "Société" -> "societe": how headers are compared. */
    static String normalise(String header) {
        String folded = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Why FIELD cannot be the target of --map, or empty when it can. */
    static Optional<String> checkTarget(String field) {
        if (field.equals(IGNORE) || FIELDS.contains(field)) return Optional.empty();
        if (field.matches("(private|extra)\\.[^.\\s][^\\n]*") && field.length() <= MAX_KEY) return Optional.empty();
        if (field.startsWith("consent")) {
            return Optional.of("consent is never imported: record it in each profile once they agree");
        }
        String hint = DidYouMean.hint(field, FIELDS);
        return Optional.of("unknown field '" + field + "': use one of " + String.join(", ", FIELDS)
                + ", private.KEY, extra.KEY or ignore" + (hint == null ? "" : " (" + hint + ")"));
    }

    /**
     * The mapping of a header row. maps are --map's column=field pairs; a column they name that the
     * header lacks is a usage error (IllegalArgumentException). Columns nothing fills are warned about.
     */
    static Mapping resolve(String file, List<String> header, Map<String, String> maps, Problems problems) {
        Map<String, String> explicit = new LinkedHashMap<>();
        maps.forEach((column, field) -> explicit.put(normalise(column), field));
        List<String> names = header.stream().map(Columns::normalise).toList();
        for (String column : maps.keySet()) {
            if (!names.contains(normalise(column))) {
                String hint = DidYouMean.hint(column, header);
                throw new IllegalArgumentException("--map names column '" + column + "', which " + file
                        + " does not have" + (hint == null ? "" : " (" + hint + ")"));
            }
        }
        Map<String, List<Column>> fields = new TreeMap<>();
        Map<Column, Integer> ranks = new LinkedHashMap<>();
        List<Column> consent = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i);
            Optional<Target> target = target(title, names.get(i), explicit);
            if (target.isEmpty()) {
                if (!title.isEmpty()) {
                    problems.warning(new Position(file, 1, i + 1), "column '" + title + "' is not imported",
                            "to keep it, add --map \"" + title + "=private." + normalise(title).replace(' ', '_') + "\"");
                }
                continue;
            }
            Column column = new Column(i, title, target.get().field());
            if (column.field().equals("consent")) consent.add(column);
            if (column.field().equals(IGNORE) || column.field().equals("consent")) continue;
            fields.computeIfAbsent(column.field(), f -> new ArrayList<>()).add(column);
            ranks.put(column, target.get().rank());
        }
        fields.values().forEach(columns -> columns.sort(Comparator.comparingInt(ranks::get)));
        return new Mapping(fields, consent);
    }

    private record Target(String field, int rank) {}

    private static Optional<Target> target(String title, String name, Map<String, String> explicit) {
        if (explicit.containsKey(name)) return Optional.of(new Target(explicit.get(name), -1));
        String lower = title.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("private.", "extra.")) {
            if (lower.startsWith(prefix) && title.length() > prefix.length() && title.length() <= MAX_KEY) {
                return Optional.of(new Target(prefix + title.substring(prefix.length()).strip(), 0));
            }
        }
        if (name.startsWith("consent")) return Optional.of(new Target("consent", 0));
        if (name.equals("published")) return Optional.of(new Target(IGNORE, 0));
        for (Map.Entry<String, List<String>> entry : ALIASES.entrySet()) {
            int rank = entry.getValue().indexOf(name);
            if (rank >= 0) return Optional.of(new Target(entry.getKey(), rank));
        }
        return Optional.empty();
    }
}
