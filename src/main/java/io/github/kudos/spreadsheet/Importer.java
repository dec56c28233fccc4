package io.github.kudos.spreadsheet;

import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.diag.Severity;
import io.github.kudos.scaffold.Kind;
import io.github.kudos.scaffold.NewFiles;
import io.github.kudos.scaffold.SiteFolder;
import io.github.kudos.scaffold.SiteIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kudos import}: rows of a spreadsheet or CRM export become profiles. New profiles get no
 * consent, so they stay unpublished until it is recorded. A row that is already a profile is
 * skipped, or with merge has its fields updated one by one; consent is never touched.
 */
public final class Importer {
    private Importer() {}

    /** as: every row's relationship (null: from a relationship column, else client); maps: --map column=field. */
    public record Options(Relationship as, boolean dryRun, boolean merge, Map<String, String> maps) {
        public Options {
            maps = Map.copyOf(maps);
        }
    }

    public enum Outcome { CREATED, MERGED, UNCHANGED, SKIPPED, REJECTED }

    /** What became of one row; path is the profile file, detail says why or what changed. */
    public record RowResult(int row, Outcome outcome, String path, String detail) {}

    public record Report(String encoding, char delimiter, int rows, int emptyRows, List<RowResult> results,
                         List<String> consentColumns) {
        public Report {
            results = List.copyOf(results);
            consentColumns = List.copyOf(consentColumns);
        }

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /**
     * Imports file (named so in messages). Empty when the file as a whole cannot be imported, with
     * the reasons in problems; throws IllegalArgumentException for a --map that does not fit the file.
     */
    public static Optional<Report> run(SiteFolder site, String file, byte[] bytes, Options options, Problems problems)
            throws IOException {
        Optional<CsvTable> read = CsvReader.read(file, bytes, problems);
        if (read.isEmpty()) return Optional.empty();
        CsvTable table = read.get();
        Columns.Mapping mapping = Columns.resolve(file, table.header(), options.maps(), problems);
        if (mapping.of("name").isEmpty()) {
            problems.error(Position.startOf(file), "no column gives the names",
                    "name one column Name, Company or Account Name, or add --map \"COLUMN=name\"; the columns are "
                            + String.join(", ", table.header()));
            return Optional.empty();
        }
        Problems loading = new Problems();
        Content content = ContentLoader.load(site.root(), loading);
        Run run = new Run(site, file, options, problems, new Existing(content.profiles()),
                SiteIndex.of(site.root(), content), mapping, firstErrors(loading));
        RowReader reader = new RowReader(file, mapping, dateOrders(table, mapping), options.as(),
                site.root().resolve("content"));
        int empty = 0;
        for (CsvTable.Row row : table.rows()) {
            if (row.isBlank()) {
                empty++;
                continue;
            }
            warnAboutExtraCells(file, table, row, problems);
            RowReader.Result result = reader.read(row);
            if (result.read() == null) {
                result.problems().forEach(p -> problems.error(p.position(), p.message(), p.hint()));
                run.results.add(new RowResult(row.number(), Outcome.REJECTED, null, result.problems().get(0).message()));
            } else {
                run.results.add(run.handle(result.read()));
            }
        }
        return Optional.of(new Report(table.encoding(), table.delimiter(), table.rows().size(), empty, run.results,
                mapping.consent().stream().map(Columns.Column::header).toList()));
    }

    /** Why FIELD cannot be filled by --map COLUMN=FIELD, or empty when it can. */
    public static Optional<String> checkTarget(String field) {
        return Columns.checkTarget(field);
    }

    /** The first error of each file that has one ("line 3: ..."), so a merge leaves broken files alone. */
    private static Map<String, String> firstErrors(Problems loading) {
        Map<String, String> errors = new HashMap<>();
        loading.sorted().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> errors.putIfAbsent(
                d.position().file(), "line " + d.position().line() + ": " + d.message()));
        return errors;
    }

    /** The order of n/n/yyyy dates, decided per column from all of its values. */
    private static Map<Integer, DateCells.Order> dateOrders(CsvTable table, Columns.Mapping mapping) {
        Map<Integer, DateCells.Order> orders = new HashMap<>();
        for (String field : List.of("since", "until")) {
            for (Columns.Column column : mapping.of(field)) {
                orders.put(column.index(), DateCells.orderOf(table.rows().stream().map(r -> r.cell(column.index())).toList()));
            }
        }
        return orders;
    }

    private static void warnAboutExtraCells(String file, CsvTable table, CsvTable.Row row, Problems problems) {
        for (int i = table.header().size(); i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                problems.warning(new Position(file, row.number(), i + 1), "this cell is beyond the last column, "
                        + "so it is not imported", "give the column a name in row 1");
                return;
            }
        }
    }

    /** One import under way: what exists, what this run has created, and what became of each row. */
    private static final class Run {
        private final SiteFolder site;
        private final String file;
        private final Options options;
        private final Problems problems;
        private final Existing existing;
        private final SiteIndex index;
        private final Columns.Mapping mapping;
        private final Map<String, String> errors;
        private final Map<String, Integer> createdNames = new HashMap<>();
        private final NewFiles files;
        private final String source;
        private final List<RowResult> results = new ArrayList<>();

        Run(SiteFolder site, String file, Options options, Problems problems, Existing existing, SiteIndex index,
            Columns.Mapping mapping, Map<String, String> errors) {
            this.site = site;
            this.file = file;
            this.options = options;
            this.problems = problems;
            this.existing = existing;
            this.index = index;
            this.mapping = mapping;
            this.errors = errors;
            this.files = new NewFiles(site);
            this.source = Path.of(file).getFileName().toString().replaceAll("\\p{Cntrl}", " ");
        }

        RowResult handle(RowReader.Read read) throws IOException {
            Existing.Match match = existing.match(read.slug(), read.fields().name());
            if (match != null) {
                String path = match.profile().file();
                if (!options.merge()) {
                    return new RowResult(read.row(), Outcome.SKIPPED, path, "it exists (use --merge to update it)");
                }
                String broken = errors.get(path);
                if (broken != null) {
                    return reject(read.row(), "name", "cannot merge into " + path + " until its errors are fixed: " + broken);
                }
                return Merge.into(site, match, read, options.dryRun(), this::reject);
            }
            return create(read);
        }

        private RowResult create(RowReader.Read read) throws IOException {
            Kind kind = Kind.valueOf(read.relationship().name());
            String slug;
            if (read.slug() != null) {
                if (!index.reserve(kind, read.slug())) {
                    return reject(read.row(), "slug", "the slug '" + read.slug() + "' is already used by another profile");
                }
                slug = read.slug();
            } else {
                slug = index.claim(kind, read.fields().name());
            }
            String path = "content/" + read.relationship().folder() + "/" + slug + ".yaml";
            String name = read.fields().name();
            Integer first = createdNames.putIfAbsent(Existing.key(name), read.row());
            if (first != null) {
                problems.warning(position(read.row(), "name"), "'" + name + "' is also in row " + first
                                + ": imported as another profile, " + slug,
                        "if they are the same, keep one file and delete the other");
            }
            String text = ProfileYaml.render(read.fields(), source, read.row());
            Optional<String> invalid = Merge.problemWith(path, text, read.relationship());
            if (invalid.isPresent()) return reject(read.row(), "name", invalid.get());
            if (!options.dryRun()) files.write(path, text);
            return new RowResult(read.row(), Outcome.CREATED, path, first == null ? null : "the name is also in row " + first);
        }

        RowResult reject(int row, String field, String message) {
            problems.error(position(row, field), message);
            return new RowResult(row, Outcome.REJECTED, null, message);
        }

        private Position position(int row, String field) {
            List<Columns.Column> columns = mapping.of(field);
            return new Position(file, row, columns.isEmpty() ? 1 : columns.get(0).number());
        }
    }
}
