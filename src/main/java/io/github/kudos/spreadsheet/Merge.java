package io.github.kudos.spreadsheet;

import io.github.kudos.content.Consent;
import io.github.kudos.content.Profile;
import io.github.kudos.content.ProfileReader;
import io.github.kudos.content.Relationship;
import io.github.kudos.diag.Problems;
import io.github.kudos.diag.Severity;
import io.github.kudos.scaffold.SiteFolder;
import io.github.kudos.source.SourceFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code import --merge}: a row's non-empty cells replace the values of an existing profile, key by
 * key. An empty cell never erases; consent is never read from a row and never changed; the file
 * keeps its comments and every key the row does not name.
 */
final class Merge {
    private Merge() {}

    interface Rejection {
        Importer.RowResult reject(int row, String field, String message);
    }

    static Importer.RowResult into(SiteFolder site, Existing.Match match, RowReader.Read read, boolean dryRun,
                                   Rejection rejection) throws IOException {
        Profile profile = match.profile();
        String path = profile.file();
        Path file = site.root().resolve(path);
        if (Files.isSymbolicLink(file)) return rejection.reject(read.row(), "name", "cannot merge into " + path + ": it is a link");
        ProfileFile before;
        try {
            before = ProfileFile.of(Files.readAllBytes(file));
        } catch (ProfileFile.Unreadable e) {
            return rejection.reject(read.row(), "name", "cannot merge into " + path + ": " + e.getMessage());
        }
        ProfileFields old = ProfileFields.of(profile, before.privates());
        List<ProfileFields.Field> fields = changedFields(old, read.fields(), match.bySlug());
        Map<String, String> privates = changed(old.privates(), read.fields().privates());
        Map<String, String> extras = changed(old.extras(), read.fields().extras());
        String note = read.relationshipGiven() && read.relationship() != profile.relationship()
                ? " (it stays a " + profile.relationship().singular() + ": move the file to change that)" : "";
        if (fields.isEmpty() && privates.isEmpty() && extras.isEmpty()) {
            return new Importer.RowResult(read.row(), Importer.Outcome.UNCHANGED, path, "nothing new" + note);
        }
        String text;
        try {
            text = before.with(fields, privates, extras);
        } catch (ProfileFile.Unreadable e) {
            return rejection.reject(read.row(), "name", "cannot merge into " + path + ": " + e.getMessage());
        }
        Problems problems = new Problems();
        Optional<Profile> merged = ProfileReader.read(new SourceFile(path, text), profile.relationship(), problems);
        Optional<String> invalid = firstError(problems);
        if (invalid.isPresent() || merged.isEmpty()) {
            return rejection.reject(read.row(), "name", "merging would make " + path + " invalid: " + invalid.orElse("?"));
        }
        if (!sameConsent(profile.consent(), merged.get().consent())) {
            throw new IllegalStateException("a merge would have changed the consent of " + path);
        }
        if (!dryRun) replace(file, before.bytes(text));
        List<String> keys = new ArrayList<>(fields.stream().map(ProfileFields.Field::key).toList());
        privates.keySet().forEach(k -> keys.add("private." + k));
        extras.keySet().forEach(k -> keys.add("extra." + k));
        return new Importer.RowResult(read.row(), Importer.Outcome.MERGED, path, String.join(", ", keys) + note);
    }

    /** The first error the real reader finds in this text, if any. */
    static Optional<String> problemWith(String path, String text, Relationship relationship) {
        Problems problems = new Problems();
        ProfileReader.read(new SourceFile(path, text), relationship, problems);
        return firstError(problems);
    }

    private static Optional<String> firstError(Problems problems) {
        return problems.sorted().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .map(d -> "line " + d.position().line() + ": " + d.message());
    }

    /** A name found by name is the same name (perhaps in other capitals): only a slug match renames. */
    private static List<ProfileFields.Field> changedFields(ProfileFields old, ProfileFields row, boolean bySlug) {
        Map<String, ProfileFields.Field> before = old.fields().stream()
                .collect(Collectors.toMap(ProfileFields.Field::key, Function.identity()));
        List<ProfileFields.Field> changed = new ArrayList<>();
        for (ProfileFields.Field field : row.fields()) {
            if (field.key().equals("name") && !bySlug) continue;
            ProfileFields.Field was = before.get(field.key());
            if (was == null ? field.isDefault() : was.yaml().equals(field.yaml())) continue;
            changed.add(field);
        }
        return changed;
    }

    private static Map<String, String> changed(Map<String, String> before, Map<String, String> row) {
        Map<String, String> changed = new TreeMap<>();
        row.forEach((key, value) -> {
            if (!value.equals(before.get(key))) changed.put(key, value);
        });
        return changed;
    }

    /** The contract of --merge, checked on every file it writes (positions aside: lines may have moved). */
    private static boolean sameConsent(Consent before, Consent after) {
        if (before == null || after == null) return before == after;
        return Objects.equals(before.given(), after.given()) && Objects.equals(before.by(), after.by())
                && before.scope().equals(after.scope()) && Objects.equals(before.reviewBy(), after.reviewBy())
                && Objects.equals(before.withdrawn(), after.withdrawn());
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".kudos-merge");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
