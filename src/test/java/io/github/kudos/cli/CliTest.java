package io.github.kudos.cli;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: exact streams and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void onlyCommandsThatBuildASiteWarmItsLibrariesUp() {
        assertThat(Main.buildsASite("build", "--quiet")).isTrue();
        assertThat(Main.buildsASite("serve")).isTrue();
        assertThat(Main.buildsASite("check")).isTrue();
        assertThat(Main.buildsASite("deploy", "--build")).isTrue();
        assertThat(Main.buildsASite("deploy")).isFalse();
        assertThat(Main.buildsASite("init", "mysite")).isFalse();
        assertThat(Main.buildsASite()).isFalse();
    }

    @Test
    void helpListsTheCommands() {
        var run = kudos("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: kudos [-hV] [COMMAND]")
                .containsPattern("\\n  build +Build the site from content/ into the output folder\\.\\n")
                .containsPattern("\\n  check +Check the content and the links")
                .containsPattern("\\n  init +Create a site folder that builds at once\\.\\n")
                .contains("new", "import", "export", "deploy", "ask", "kit");
        assertThat(run.err()).isEmpty();
    }

    /** A run that names its command is given that command only; a mistyped one still meets every command. */
    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        var run = kudos("biuld");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'biuld'").contains("Did you mean: kudos build?");
        assertThat(kudos("help", "build").out()).startsWith("Usage: kudos build ");
    }

    @Test
    void buildHelpDescribesEveryOption() {
        var run = kudos("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--source=DIR", "--output=DIR", "--base-url=URL", "--drafts", "--now=DATE",
                "--quiet", "SOURCE_DATE_EPOCH");
    }

    /** A bare % in a description is a format error to picocli, which warns on the process's stderr and prints the raw text. */
    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "import", "export", "build", "check", "serve", "deploy", "ask", "kit"})
    void helpTextsFormatWithoutWarnings(String command) {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(kudos(command, "--help").exitCode()).isZero();
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).as(command + " --help").isEmpty();
    }

    /** picocli wraps each description string at 80 columns: a hard line break inside a paragraph leaves a stub line. */
    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "import", "export", "build", "check", "deploy", "ask", "kit"})
    void helpParagraphsWrapWithoutStubLines(String command) {
        List<String> lines = kudos(command, "--help").out().lines().toList();
        int start = 1;
        while (lines.get(start).startsWith(" ")) start++; // the rest of the usage synopsis
        int end = start;
        while (end < lines.size() && !lines.get(end).matches(" +(-|[A-Z]+ ).*")) end++; // the options and parameters
        for (int i = start; i < end - 1; i++) {
            if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank() && !lines.get(i + 1).startsWith(" ")) {
                assertThat(lines.get(i).length()).as(command + " --help, line: " + lines.get(i)).isGreaterThan(50);
            }
        }
        assertThat(lines).as(command + " --help").allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void versionNamesKudos() {
        var run = kudos("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("kudos ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        var run = kudos("build", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--frobnicate'");
    }

    @Test
    void aFolderWithoutContentSaysWhatToDo() {
        var run = kudos("check", "--source", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/site.yaml:1:1: error: missing content/site.yaml "
                + "(is this a Kudos site folder? Use --source DIR, or create one with 'kudos init')\n");
    }

    /** Found in the CLI campaign: a site.yaml that is a folder was reported as missing. */
    @Test
    void aSiteYamlThatIsAFolderIsSaidToBeOne() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("content/site.yaml"));
        var run = kudos("check", "--source", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/site.yaml:1:1: error: content/site.yaml is a folder, not a file ");
    }

    @Test
    void quietBuildPrintsNothing() {
        TestSite site = TestSite.of(dir, TestSite.SITE);
        var run = site.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badBaseUrlIsAUsageError() {
        TestSite site = TestSite.of(dir, TestSite.SITE);
        var run = site.build("--base-url", "ftp://x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kudos build: --base-url must be an absolute http(s) URL, not 'ftp://x'\n");
    }

    @Test
    void sharedOptionsMeanTheSameInEveryCommand() {
        var commands = Main.commandLine().getSubcommands();
        for (String option : java.util.List.of("--source", "--now", "--stacktrace")) {
            var descriptions = commands.values().stream().map(c -> c.getCommandSpec().findOption(option))
                    .filter(java.util.Objects::nonNull).map(o -> String.join(" ", o.description())).distinct().toList();
            assertThat(descriptions).as(option).hasSize(1);
        }
        assertThat(commands.get("deploy").getCommandSpec().findOption("--source")).isNotNull();
        assertThat(commands.get("deploy").getCommandSpec().findOption("--stacktrace")).isNotNull();
    }

    @Test
    void aBadNowIsTheSameUsageErrorInEveryCommand() {
        TestSite site = TestSite.of(dir, TestSite.SITE);
        for (String command : java.util.List.of("build", "check", "ask coho", "kit", "new client Kea")) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
            args.addAll(java.util.List.of("--source", site.root().toString(), "--now", "2026-02-30"));
            var run = kudos(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).isEqualTo("kudos " + args.get(0) + ": --now takes a date as YYYY-MM-DD, not '2026-02-30'\n");
        }
        var notASite = kudos("kit", "--source", dir.resolve("content").toString());
        assertThat(notASite.exitCode()).isEqualTo(2);
        assertThat(notASite.err()).startsWith("kudos kit: no content/site.yaml in ");
    }

    /** Found in the CLI campaign: a folder that cannot be made was "internal error: java.nio.file.NoSuchFileException" (exit 3). */
    @Test
    void aFolderThatCannotBeMadeIsAPlainErrorNotAnInternalOne() throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SITE + "-- content/clients/coho.yaml --\nname: Coho\n");
        java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        String blocked = dir.resolve("a-file/sub").toString();
        for (String command : java.util.List.of("init " + blocked, "kit --output " + blocked, "ask coho --output " + blocked)) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
            if (!command.startsWith("init")) args.addAll(java.util.List.of("--source", site.root().toString()));
            var run = kudos(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err()).as(command).doesNotContain("internal error", "Exception")
                    .matches("kudos \\w+: error: .*a-file/sub: not a folder\n");
        }
    }

    /** Found in the CLI campaign: a mistyped option or a missing argument printed the whole help (20 to 50 lines). */
    @Test
    void aUsageErrorIsShortAndPointsToHelp() {
        var unknown = kudos("build", "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("""
                Unknown option: '--frobnicate'
                Usage: kudos build [-hqV] [--drafts] [--stacktrace] [--base-url=URL]
                                   [--now=DATE] [--output=DIR] [--source=DIR]
                Run 'kudos build --help' for more.
                """);
        var missing = kudos("new", "client");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("""
                Missing required parameter: 'NAME'
                Usage: kudos new [-hV] [--stacktrace] [--now=DATE] [--source=DIR] KIND NAME...
                Run 'kudos new --help' for more.
                """);
        assertThat(kudos("deploy", "--port", "x").err().lines()).hasSizeLessThan(10);
    }
}
