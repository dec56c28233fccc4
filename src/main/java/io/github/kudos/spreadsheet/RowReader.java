package io.github.kudos.spreadsheet;

import io.github.kudos.content.Relationship;
import io.github.kudos.content.Slugs;
import io.github.kudos.diag.Position;
import io.github.kudos.yaml.YamlMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns one row into the fields of a profile, or into the reasons it cannot be one (each with its cell). */
final class RowReader {
    private static final Set<String> LOGO_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(:\\d+)?([/?#].*)?");
    /** Spreadsheets show "'=..." as text; Kudos's export writes it so, and the quote is not part of the value. */
    private static final Pattern FORMULA_GUARD = Pattern.compile("'[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Private fields that gather every column given to them ("Contact" and "Email" both go to contact). */
    private static final Map<String, String> JOINED = Map.of("private.contact", ", ", "private.notes", "\n\n");

    private final String file;
    private final Columns.Mapping mapping;
    private final Map<Integer, DateCells.Order> dateOrders;
    private final Relationship as;
    private final Path contentFolder;

    RowReader(String file, Columns.Mapping mapping, Map<Integer, DateCells.Order> dateOrders, Relationship as,
              Path contentFolder) {
        this.file = file;
        this.mapping = mapping;
        this.dateOrders = Map.copyOf(dateOrders);
        this.as = as;
        this.contentFolder = contentFolder;
    }

    /** A row that makes a profile: its relationship, its slug when the row names one, and its fields. */
    record Read(int row, Relationship relationship, boolean relationshipGiven, String slug, ProfileFields fields) {}

    /** A problem with one cell. */
    record Problem(Position position, String message, String hint) {}

    /** Either read (problems empty) or not. */
    record Result(Read read, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    /** A cell's cleaned text and its column. */
    private record Cell(String text, Columns.Column column) {}

    Result read(CsvTable.Row row) {
        List<Problem> problems = new ArrayList<>();
        Function<String, Optional<Cell>> one = field -> first(row, field, true);
        Optional<Cell> nameCell = one.apply("name");
        if (nameCell.isEmpty()) {
            Columns.Column column = mapping.of("name").get(0);
            problems.add(problem(row, column, "no name: the '" + column.header() + "' cell is empty", null));
        }
        Relationship relationship = relationship(row, problems);
        String slug = one.apply("slug").map(cell -> {
            String text = cell.text().toLowerCase(Locale.ROOT);
            if (Slugs.isValid(text)) return text;
            problems.add(problem(row, cell.column(), "invalid slug '" + cell.text() + "'",
                    "use lowercase letters, digits and single hyphens, e.g. '" + Slugs.slugify(cell.text()) + "'"));
            return null;
        }).orElse(null);
        String website = one.apply("website").map(cell -> website(row, cell, problems)).orElse(null);
        LocalDate since = one.apply("since").map(cell -> date(row, cell, "since", problems)).orElse(null);
        LocalDate until = one.apply("until").map(cell -> date(row, cell, "until", problems)).orElse(null);
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(problem(row, first(row, "until", true).orElseThrow().column(),
                    "'until' (" + until + ") is before 'since' (" + since + ")", null));
        }
        Boolean featured = one.apply("featured").map(cell -> flag(row, cell, "featured", problems)).orElse(null);
        Boolean draft = one.apply("draft").map(cell -> flag(row, cell, "draft", problems)).orElse(null);
        Integer weight = one.apply("weight").map(cell -> number(row, cell, problems)).orElse(null);
        String logo = one.apply("logo").map(cell -> logo(row, cell, problems)).orElse(null);
        if (!problems.isEmpty()) return new Result(null, problems);
        ProfileFields fields = new ProfileFields(nameCell.orElseThrow().text(), logo, text(row, "logo_alt"),
                website, text(row, "industry"), location(row), tags(row), since, until, text(row, "summary"),
                featured, weight, first(row, "body", false).map(Cell::text).orElse(null), draft,
                keyed(row, "private."), keyed(row, "extra."));
        boolean given = as != null || first(row, "relationship", true).isPresent();
        return new Result(new Read(row.number(), relationship, given, slug, fields), List.of());
    }

    /** The first non-empty cell of the field's columns, best column first; one-line fields have their spaces tidied. */
    private Optional<Cell> first(CsvTable.Row row, String field, boolean oneLine) {
        for (Columns.Column column : mapping.of(field)) {
            String text = clean(row.cell(column.index()), oneLine);
            if (!text.isEmpty()) return Optional.of(new Cell(text, column));
        }
        return Optional.empty();
    }

    static String clean(String cell, boolean oneLine) {
        String text = cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (FORMULA_GUARD.matcher(text).matches()) text = text.substring(1);
        return oneLine ? SPACES.matcher(text).replaceAll(" ") : text;
    }

    private String text(CsvTable.Row row, String field) {
        return first(row, field, true).map(Cell::text).orElse(null);
    }

    private Relationship relationship(CsvTable.Row row, List<Problem> problems) {
        if (as != null) return as;
        Optional<Cell> cell = first(row, "relationship", true);
        if (cell.isEmpty()) return Relationship.CLIENT;
        String value = cell.get().text().toLowerCase(Locale.ROOT);
        if (value.matches(".*\\b(clients?|customers?)\\b.*")) return Relationship.CLIENT;
        if (value.matches(".*\\b(suppliers?|vendors?|providers?)\\b.*")) return Relationship.SUPPLIER;
        if (value.matches(".*\\b(partners?|resellers?|affiliates?)\\b.*")) return Relationship.PARTNER;
        problems.add(problem(row, cell.get().column(), "'" + cell.get().text() + "' is not a client, supplier or partner",
                "use --as client|supplier|partner to import every row as one of them"));
        return null;
    }

    private String website(CsvTable.Row row, Cell cell, List<Problem> problems) {
        String text = cell.text();
        // CRMs often keep a bare domain (HubSpot's "Company Domain Name").
        String url = !text.contains("://") && DOMAIN.matcher(text).matches() ? "https://" + text : text;
        if (YamlMap.isHttpUrl(url)) return url;
        problems.add(problem(row, cell.column(), "'" + text + "' is not a web address", "e.g. https://example.com"));
        return null;
    }

    private LocalDate date(CsvTable.Row row, Cell cell, String field, List<Problem> problems) {
        DateCells.Parsed parsed = DateCells.parse(cell.text(),
                dateOrders.getOrDefault(cell.column().index(), DateCells.Order.UNKNOWN));
        if (parsed.date() != null) return parsed.date();
        problems.add(problem(row, cell.column(), "'" + field + "': " + parsed.problem(), "write dates as YYYY-MM-DD"));
        return null;
    }

    private Boolean flag(CsvTable.Row row, Cell cell, String field, List<Problem> problems) {
        switch (cell.text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x", "✓" -> {
                return true;
            }
            case "false", "no", "n", "0" -> {
                return false;
            }
            default -> {
                problems.add(problem(row, cell.column(), "'" + field + "' must be yes or no, not '" + cell.text() + "'", null));
                return null;
            }
        }
    }

    private Integer number(CsvTable.Row row, Cell cell, List<Problem> problems) {
        try {
            return Integer.parseInt(cell.text());
        } catch (NumberFormatException e) {
            problems.add(problem(row, cell.column(), "'weight' must be a whole number, not '" + cell.text() + "'", null));
            return null;
        }
    }

    /** A logo the build will accept: a file of a logo type under content/ (checked as the build checks it). */
    private String logo(CsvTable.Row row, Cell cell, List<Problem> problems) {
        String path = cell.text();
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean relative = !path.startsWith("/") && !path.contains("\\") && !path.contains(":")
                && !List.of(path.split("/")).contains("..");
        if (!relative || !LOGO_TYPES.contains(extension)) {
            problems.add(problem(row, cell.column(), "logo must be an svg, png, jpg or webp file under content/, not '"
                    + path + "'", "e.g. assets/logos/coho.svg"));
            return null;
        }
        if (!Files.isRegularFile(contentFolder.resolve(path))) {
            problems.add(problem(row, cell.column(), "logo not found: content/" + path,
                    "put the file there first, or leave the cell empty"));
            return null;
        }
        return path;
    }

    /** location, or else city, region and country as "Maple Valley, WA, USA". */
    private String location(CsvTable.Row row) {
        String location = text(row, "location");
        if (location != null) return location;
        List<String> parts = new ArrayList<>();
        for (String part : List.of("city", "region", "country")) {
            String text = text(row, part);
            if (text != null && !parts.contains(text)) parts.add(text);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** "coffee; community" (or, with no semicolon, "coffee, community"). */
    private List<String> tags(CsvTable.Row row) {
        String text = text(row, "tags");
        if (text == null) return null;
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : text.split(text.contains(";") ? ";" : ",")) {
            if (!tag.isBlank()) tags.add(tag.strip());
        }
        return tags.isEmpty() ? null : List.copyOf(tags);
    }

    /** private.KEY (or extra.KEY) values; contact and notes gather every column given to them. */
    private TreeMap<String, String> keyed(CsvTable.Row row, String prefix) {
        TreeMap<String, String> values = new TreeMap<>();
        for (String field : mapping.fields().keySet()) {
            if (!field.startsWith(prefix)) continue;
            String separator = JOINED.get(field);
            List<String> texts = new ArrayList<>();
            for (Columns.Column column : mapping.of(field)) {
                String text = clean(row.cell(column.index()), field.equals("private.contact"));
                if (!text.isEmpty() && !texts.contains(text)) texts.add(text);
                if (!texts.isEmpty() && separator == null) break;
            }
            if (!texts.isEmpty()) values.put(field.substring(prefix.length()), String.join(separator == null ? "" : separator, texts));
        }
        return values;
    }

    private Problem problem(CsvTable.Row row, Columns.Column column, String message, String hint) {
        return new Problem(new Position(file, row.number(), column.number()), message, hint);
    }
}
