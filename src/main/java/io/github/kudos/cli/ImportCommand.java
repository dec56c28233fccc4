package io.github.kudos.cli;

import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Problems;
import io.github.kudos.scaffold.SiteFolder;
import io.github.kudos.spreadsheet.CsvReader;
import io.github.kudos.spreadsheet.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn the rows of a spreadsheet or CRM export (CSV) into profiles.", "",
                "Reads comma, semicolon or tab separated files in UTF-8 or Windows-1252, and knows the usual column "
                        + "names (Company, Account Name, Website, Domain, Industry, City, Customer Since, Email, "
                        + "Notes...), including HubSpot company and Salesforce account exports.", "",
                "New profiles get no consent: they are not published until you record it. A row that is already a "
                        + "profile is skipped, or with --merge updated field by field (empty cells never erase, "
                        + "consent is never touched). Every row is listed; rejected rows are errors as "
                        + "FILE:ROW:COLUMN."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The spreadsheet, saved as CSV.")
    Path file;

    @Option(names = "--as", paramLabel = "KIND", description = "Import every row as a client, supplier or partner "
            + "(default: from a Relationship or Type column, else client).")
    String as;

    @Option(names = "--dry-run", description = "Show what would happen, and write nothing.")
    boolean dryRun;

    @Option(names = "--merge", description = "Update the profiles that exist with the row's non-empty cells.")
    boolean merge;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "Fill FIELD from COLUMN: a profile field "
            + "(name, website, industry, location, tags, since, summary...), private.KEY, extra.KEY, or ignore. Repeatable.")
    List<String> maps = new ArrayList<>();

    @Mixin
    SiteOptions options = new SiteOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Relationship relationship = null;
        if (as != null) {
            Optional<Relationship> parsed = Arrays.stream(Relationship.values())
                    .filter(r -> r.singular().equals(as.toLowerCase(Locale.ROOT))).findFirst();
            if (parsed.isEmpty()) return Main.usage(spec, "--as takes client, supplier or partner, not '" + as + "'");
            relationship = parsed.get();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String map : maps) {
            int equals = map.lastIndexOf('=');
            if (equals <= 0) return Main.usage(spec, "--map takes COLUMN=FIELD, e.g. --map \"Account Name=name\", not '" + map + "'");
            String field = map.substring(equals + 1).strip();
            Optional<String> problem = Importer.checkTarget(field);
            if (problem.isPresent()) return Main.usage(spec, "--map " + map + ": " + problem.get());
            if (columns.put(map.substring(0, equals).strip(), field) != null) {
                return Main.usage(spec, "--map names column '" + map.substring(0, equals).strip() + "' twice");
            }
        }
        SiteFolder site = options.site();
        byte[] bytes;
        try {
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes(CsvReader.MAX_BYTES + 1); // enough to tell a file too large, never all of it
            }
        } catch (NoSuchFileException e) {
            return Main.usage(spec, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            return Main.usage(spec, "cannot read " + file + ": " + e.getMessage());
        }
        if (isWorkbook(bytes)) {
            return Main.usage(spec, file + " is a spreadsheet workbook (xlsx, xls or ods), not CSV: save it as CSV first "
                    + "(in Excel: File > Save As > CSV UTF-8; in LibreOffice: File > Save As > Text CSV)");
        }
        Problems problems = new Problems();
        Optional<Importer.Report> report;
        try {
            report = Importer.run(site, file.toString(), bytes, new Importer.Options(relationship, dryRun, merge, columns),
                    problems);
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.sorted().forEach(d -> err.println(d.format()));
        if (report.isEmpty()) {
            err.println("kudos: " + Report.count(problems.errorCount(), "error", "errors") + "; nothing imported");
            return Main.CONTENT_ERRORS;
        }
        print(site, report.get());
        long rejected = report.get().count(Importer.Outcome.REJECTED);
        if (rejected > 0) {
            err.println("kudos: " + Report.count(rejected, "row", "rows") + " rejected (see above); "
                    + (dryRun ? "the others would be imported" : "the others were imported"));
            return Main.CONTENT_ERRORS;
        }
        return 0;
    }

    /** A ZIP (xlsx, ods) or OLE2 (xls) file: what people save by default, and never a CSV. */
    private static boolean isWorkbook(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private void print(SiteFolder site, Importer.Report report) {
        PrintWriter out = spec.commandLine().getOut();
        for (Importer.RowResult row : report.results()) {
            String path = row.path() == null ? null : site.display(row.path());
            String line = switch (row.outcome()) {
                case CREATED -> (dryRun ? "would create " : "created ") + path
                        + (row.detail() == null ? "" : " (" + row.detail() + ")");
                case MERGED -> (dryRun ? "would update " : "updated ") + path + ": " + row.detail();
                case UNCHANGED -> "unchanged " + path + ": " + row.detail();
                case SKIPPED -> "skipped " + path + ": " + row.detail();
                case REJECTED -> "rejected: " + row.detail();
            };
            out.println("row " + row.row() + ": " + line);
        }
        out.println(summary(report));
        long created = report.count(Importer.Outcome.CREATED);
        if (created > 0) {
            out.println((created == 1 ? "the new profile has" : "the " + Report.count(created, "new profile", "new profiles") + " have")
                    + " no consent, so " + (created == 1 ? "it is" : "they are") + " not published: record each one's "
                    + "consent (consent: given, by, scope) in its file once they agree");
        }
        if (!report.consentColumns().isEmpty()) {
            out.println("not imported: " + String.join(", ", report.consentColumns())
                    + " (consent is only ever recorded in each profile's file)");
        }
        if (dryRun) out.println("dry run: nothing was written");
    }

    private String summary(Importer.Report report) {
        StringBuilder text = new StringBuilder(file.getFileName() + ": "
                + Report.count(report.rows(), "row", "rows") + " (" + report.encoding() + ", " + delimiter(report.delimiter())
                + "): ");
        List<String> parts = new ArrayList<>();
        parts.add(report.count(Importer.Outcome.CREATED) + (dryRun ? " to create" : " created"));
        if (merge) {
            parts.add(report.count(Importer.Outcome.MERGED) + (dryRun ? " to update" : " updated"));
            parts.add(report.count(Importer.Outcome.UNCHANGED) + " unchanged");
        }
        parts.add(report.count(Importer.Outcome.SKIPPED) + " skipped");
        parts.add(report.count(Importer.Outcome.REJECTED) + " rejected");
        if (report.emptyRows() > 0) parts.add(Report.count(report.emptyRows(), "empty row", "empty rows") + " ignored");
        return text.append(String.join(", ", parts)).toString();
    }

    private static String delimiter(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma-separated";
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            default -> "separated by '" + delimiter + "'";
        };
    }
}
