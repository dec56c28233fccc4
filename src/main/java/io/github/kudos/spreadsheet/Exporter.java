package io.github.kudos.spreadsheet;

import io.github.kudos.content.Consent;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.Profile;
import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.diag.Severity;
import io.github.kudos.publish.Publisher;
import io.github.kudos.scaffold.SiteFolder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code kudos export}: every profile, published or not, as one spreadsheet row that
 * {@code kudos import --merge} reads back without loss. Consent is shown (never imported back);
 * private values only when asked for.
 */
public final class Exporter {
    static final List<String> COLUMNS = List.of("relationship", "slug", "name", "website", "industry", "location",
            "tags", "since", "until", "summary", "featured", "weight", "logo", "logo_alt", "draft", "body", "published",
            "consent.given", "consent.by", "consent.scope", "consent.review_by", "consent.withdrawn");
    /** A spreadsheet runs a cell that starts with one of these as a formula; a leading quote makes it text. */
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private Exporter() {}

    /** How many profiles were written, how many of them are unpublished, and whether private values were left out. */
    public record Report(int profiles, int unpublished, boolean privateLeftOut) {}

    /** Writes the spreadsheet to out; empty (nothing written) when a profile file has errors, reported in problems. */
    public static Optional<Report> write(SiteFolder site, Appendable out, boolean includePrivate, Problems problems)
            throws IOException {
        Problems loading = new Problems();
        Content content = ContentLoader.load(site.root(), loading);
        List<Diagnostic> errors = loading.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR && isProfileFile(d.position().file())).toList();
        if (!errors.isEmpty()) {
            errors.forEach(problems::add);
            return Optional.empty();
        }
        List<Profile> profiles = content.profiles().stream()
                .sorted(Comparator.comparing(Profile::relationship).thenComparing(Profile::slug)).toList();
        Map<Profile, SortedMap<String, String>> privates = new java.util.IdentityHashMap<>();
        for (Profile profile : profiles) privates.put(profile, privateValues(site, profile, problems));
        List<String> privateColumns = includePrivate ? privateColumns(privates) : List.of();
        List<String> header = new ArrayList<>(COLUMNS);
        privateColumns.forEach(key -> header.add("private." + key));
        out.append('\uFEFF'); // Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark.
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (Profile profile : profiles) printer.printRecord(row(profile, privates.get(profile), privateColumns));
        }
        int unpublished = (int) profiles.stream().filter(p -> !Publisher.isPublished(p, false)).count();
        boolean leftOut = !includePrivate && privates.values().stream().anyMatch(m -> !m.isEmpty());
        return Optional.of(new Report(profiles.size(), unpublished, leftOut));
    }

    private static boolean isProfileFile(String path) {
        for (Relationship relationship : Relationship.values()) {
            if (path.startsWith("content/" + relationship.folder() + "/")) return true;
        }
        return false;
    }

    private static SortedMap<String, String> privateValues(SiteFolder site, Profile profile, Problems problems)
            throws IOException {
        try {
            ProfileFile file = ProfileFile.of(Files.readAllBytes(site.root().resolve(profile.file())));
            for (String key : file.nestedPrivateKeys()) {
                problems.warning(Position.startOf(profile.file()), "private." + key
                        + " is a list or a mapping, which a spreadsheet cell cannot hold: not exported");
            }
            return file.privates();
        } catch (ProfileFile.Unreadable e) {
            throw new IOException(profile.file() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> privateColumns(Map<Profile, SortedMap<String, String>> privates) {
        TreeSet<String> keys = new TreeSet<>();
        privates.values().forEach(values -> keys.addAll(values.keySet()));
        return List.copyOf(keys);
    }

    private static List<String> row(Profile profile, SortedMap<String, String> privates, List<String> privateColumns) {
        ProfileFields fields = ProfileFields.of(profile, new TreeMap<>());
        Consent consent = profile.consent();
        String why = Publisher.whyNotPublished(profile, false);
        List<String> cells = new ArrayList<>(List.of(profile.relationship().singular(), profile.slug(),
                text(fields.name()), text(fields.website()), text(fields.industry()), text(fields.location()),
                tags(profile.tags()), date(fields.since()), date(fields.until()), text(fields.summary()),
                String.valueOf(profile.featured()), profile.weight() == 0 ? "" : String.valueOf(profile.weight()),
                text(fields.logo()), text(fields.logoAlt()), String.valueOf(profile.draft()), text(fields.body()),
                why == null ? "yes" : "no: " + why,
                consent == null ? "" : date(consent.given()), consent == null ? "" : text(consent.by()),
                consent == null ? "" : scope(consent), consent == null ? "" : date(consent.reviewBy()),
                consent == null ? "" : date(consent.withdrawn())));
        privateColumns.forEach(key -> cells.add(privates.getOrDefault(key, "")));
        return cells.stream().map(Exporter::guard).toList();
    }

    /** "coffee; community"; a lone tag with a comma gets a ';' so that import does not split it at the comma. */
    static String tags(List<String> tags) {
        String joined = String.join("; ", tags);
        return !joined.contains(";") && joined.contains(",") ? joined + ";" : joined;
    }

    private static String scope(Consent consent) {
        return String.join(", ", Consent.SCOPES.stream().filter(consent::allows).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String guard(String cell) {
        return FORMULA.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Writes the spreadsheet to a file, whole or not at all: it goes to a file beside it first. */
    public static Optional<Report> writeFile(SiteFolder site, Path file, boolean includePrivate, Problems problems)
            throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".kudos-export");
        try {
            Optional<Report> report;
            try (var writer = Files.newBufferedWriter(temporary, java.nio.charset.StandardCharsets.UTF_8)) {
                report = write(site, writer, includePrivate, problems);
            }
            if (report.isPresent()) Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return report;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
