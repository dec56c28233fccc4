package io.github.kudos.build;

import io.github.kudos.TestSite;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview server's rebuilds remember what each profile's checks found, each profile's secrets
 * and the files that passed the privacy check: what they report after each edit is what a fresh
 * build reports, and a secret is found wherever it turns up, in a big file changed elsewhere or in
 * a file that did not change at all.
 */
class PreviewStateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private final PreviewState state = new PreviewState();

    private TestSite site() {
        return site("");
    }

    private TestSite site(String more) {
        StringBuilder txtar = new StringBuilder(TestSite.SITE);
        for (int i = 0; i < 60; i++) {
            txtar.append("-- content/clients/client-").append(i).append(".yaml --\n")
                    .append("name: Client Number ").append(i).append('\n')
                    .append("summary: Bread for table ").append(i).append(" every morning.\n")
                    .append("consent: { given: 2024-05-02, review_by: 2026-12-01, scope: [name, logo, quote, story] }\n")
                    .append("private: { notes: \"quiet note ").append(i).append(" about invoices\" }\n");
        }
        return TestSite.of(dir, txtar + more);
    }

    private List<Diagnostic> rebuild(Set<Path> changed, LocalDate today) {
        state.changed(changed, false);
        return Build.preview(request(today), state).result().diagnostics();
    }

    private List<Diagnostic> fresh(LocalDate today) {
        return Build.preview(request(today)).result().diagnostics();
    }

    private BuildRequest request(LocalDate today) {
        return BuildRequest.build(dir, dir.resolve("site"), today);
    }

    private static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).toList();
    }

    @Test
    void aSecretWrittenIntoABigChangedFileIsFound() {
        TestSite site = site();
        assertThat(errors(rebuild(Set.of(), TODAY))).isEmpty();
        Path profile = dir.resolve("content/clients/client-150.yaml");
        site.with("content/clients/client-150.yaml", "name: Client Number 150\n"
                + "summary: Bread for table 150, quiet note 7 about invoices, every morning.\n"
                + "consent: { given: 2024-05-02, scope: [name, logo, quote, story] }\n");
        List<Diagnostic> found = rebuild(Set.of(profile), TODAY);
        // reported once, where the summary repeats it (that the ranged scan of a big edited file finds
        // what a whole scan finds is PrivacyScanTest's property)
        assertThat(errors(found)).anyMatch(e -> e.startsWith("content/clients/client-150.yaml:2:31: error: privacy check: "
                + "this repeats a private: value of content/clients/client-7.yaml"));
        assertThat(found).isEqualTo(fresh(TODAY));
    }

    @Test
    void aNewSecretIsFoundInFilesThatDidNotChange() {
        TestSite site = site();
        rebuild(Set.of(), TODAY);
        Path profile = dir.resolve("content/clients/client-3.yaml");
        site.with("content/clients/client-3.yaml", "name: Client Number 3\nsummary: Bread for table 3 every morning.\n"
                + "consent: { given: 2024-05-02, scope: [name, logo, quote, story] }\n"
                + "private: { notes: \"Bread for table 42 every morning\" }\n");
        List<Diagnostic> found = rebuild(Set.of(profile), TODAY);
        // only client-42's page, which did not change, shows the text that became a secret
        assertThat(errors(found)).anyMatch(e -> e.startsWith("content/clients/client-42.yaml:2:10: error: privacy check: "
                + "this repeats a private: value of content/clients/client-3.yaml"));
        assertThat(found).isEqualTo(fresh(TODAY));

        site.with("content/clients/client-3.yaml", "name: Client Number 3\nsummary: Bread for table 3 every morning.\n"
                + "consent: { given: 2024-05-02, withdrawn: 2025-01-01, scope: [name, logo, quote, story] }\n");
        found = rebuild(Set.of(profile), TODAY);
        assertThat(errors(found)).isEmpty();
        assertThat(found).isEqualTo(fresh(TODAY));
    }

    @Test
    void checksOfUnchangedProfilesAreReportedAgainAndFollowTheDayAndTheAssets() {
        TestSite site = site("""
                -- content/clients/logo.yaml --
                name: Logo Works
                logo: assets/logos/logo-works.svg
                consent: { given: 2024-05-02, scope: [name, logo] }
                """);
        List<Diagnostic> first = rebuild(Set.of(), TODAY);
        assertThat(errors(first)).singleElement().asString().contains("asset not found: content/assets/logos/logo-works.svg");
        Path other = dir.resolve("content/clients/client-9.yaml");
        site.with("content/clients/client-9.yaml", "name: Client Number 9\n"
                + "consent: { given: 2024-05-02, review_by: 2026-12-01, scope: [name] }\n");
        assertThat(rebuild(Set.of(other), TODAY)).isEqualTo(fresh(TODAY)).containsAll(first);

        LocalDate later = LocalDate.of(2026, 12, 2);
        List<Diagnostic> reviews = rebuild(Set.of(), later);
        assertThat(reviews).isEqualTo(fresh(later)).filteredOn(d -> d.message().contains("was due for review")).hasSize(60);

        Path logo = dir.resolve("content/assets/logos/logo-works.svg");
        site.with("content/assets/logos/logo-works.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>");
        List<Diagnostic> fixed = rebuild(Set.of(logo), later);
        assertThat(errors(fixed)).isEmpty();
        assertThat(fixed).isEqualTo(fresh(later));
    }

    @Test
    void editsThatChangeSlugsConsentOrStoriesAreCheckedAndPublishedAsAFreshBuildDoes() {
        TestSite site = site("""
                -- content/stories/opening.md --
                ---
                title: Opening day
                date: 2025-03-01
                clients: [client-5]
                ---
                Client Number 5 opened.
                """);
        assertThat(errors(rebuild(Set.of(), TODAY))).isEmpty();
        Path five = dir.resolve("content/clients/client-5.yaml");
        Path six = dir.resolve("content/clients/client-6.yaml");
        String fiveText = "name: Client Number 5\nsummary: Bread.\n"
                + "consent: { given: 2024-05-02, scope: [name, logo, quote, story] }\n";

        site.with("content/clients/client-5.yaml", fiveText.replace("story]", "quote]"));
        List<Diagnostic> found = rebuild(Set.of(five), TODAY);
        assertThat(errors(found)).singleElement().asString().contains("does not cover stories");
        assertThat(found).isEqualTo(fresh(TODAY));

        site.with("content/clients/client-5.yaml", fiveText);
        assertThat(errors(rebuild(Set.of(five), TODAY))).isEmpty();

        site.with("content/clients/client-6.yaml", "slug: client-5\n" + fiveText.replace("5", "6"));
        found = rebuild(Set.of(six), TODAY);
        assertThat(errors(found)).anyMatch(e -> e.contains("duplicate profile slug 'client-5'"));
        assertThat(found).isEqualTo(fresh(TODAY));

        site.with("content/clients/client-6.yaml", fiveText.replace("5", "6"));
        site.with("content/clients/client-5.yaml", fiveText.replace("scope:", "withdrawn: 2025-01-01, scope:"));
        found = rebuild(Set.of(five, six), TODAY);
        assertThat(errors(found)).singleElement().asString().contains("which is not published");
        assertThat(found).isEqualTo(fresh(TODAY));

        // a profile that cannot be read: its own error only, not also "unknown profile" in the story;
        // then its file renamed, still unreadable: now the story's name is unknown
        site.with("content/clients/client-5.yaml", fiveText.replace("summary:", "  summary:"));
        found = rebuild(Set.of(five), TODAY);
        assertThat(errors(found)).singleElement().asString().startsWith("content/clients/client-5.yaml:");
        assertThat(found).isEqualTo(fresh(TODAY));
        Path renamed = dir.resolve("content/clients/client-5x.yaml");
        try {
            java.nio.file.Files.move(five, renamed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        found = rebuild(Set.of(five, renamed), TODAY);
        assertThat(errors(found)).anyMatch(e -> e.contains("unknown profile 'client-5'"));
        assertThat(found).isEqualTo(fresh(TODAY));
        try {
            java.nio.file.Files.move(renamed, five);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        site.with("content/clients/client-5.yaml", fiveText.replace("Bread.", "Bread and rolls."));
        Build.Preview edited = preview(Set.of(five, renamed));
        Build.Preview full = Build.preview(request(TODAY));
        assertThat(edited.result()).isEqualTo(full.result());
        assertThat(edited.tree().files().keySet()).isEqualTo(full.tree().files().keySet());
        edited.tree().files().forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(full.tree().files().get(path)));
    }

    private Build.Preview preview(Set<Path> changed) {
        state.changed(changed, false);
        return Build.preview(request(TODAY), state);
    }
}
