package io.github.kudos.spreadsheet;

import io.github.kudos.TestSite;
import io.github.kudos.content.Content;
import io.github.kudos.content.ContentLoader;
import io.github.kudos.content.Profile;
import io.github.kudos.diag.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A site folder for import and export tests, with the commands run as a user runs them. */
record SpreadsheetSite(Path root) {
    static SpreadsheetSite of(Path root, String txtar) {
        TestSite.of(root, txtar);
        return new SpreadsheetSite(root);
    }

    /** A fixture from src/test/resources/csv, copied into the site folder so messages name a short path. */
    Path fixture(String name) {
        try (InputStream in = SpreadsheetSite.class.getResourceAsStream("/csv/" + name)) {
            Path file = root.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path csv(String name, String text) {
        Path file = root.resolve(name);
        TestSite.write(file, text);
        return file;
    }

    TestSite.Run kudos(String command, Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, file.toString(), "--source", root.toString()));
        args.addAll(List.of(extra));
        return TestSite.kudos(args.toArray(String[]::new));
    }

    /** Every profile as the real loader reads it, by file; the site must have no errors. */
    Map<String, Profile> profiles() {
        Problems problems = new Problems();
        Content content = ContentLoader.load(root, problems);
        assertThat(problems.sorted().stream().filter(d -> d.severity().label().equals("error")).toList()).isEmpty();
        return content.profiles().stream().collect(Collectors.toMap(Profile::file, Function.identity()));
    }

    Profile profile(String file) {
        Profile profile = profiles().get(file);
        assertThat(profile).as(file + " in " + profiles().keySet()).isNotNull();
        return profile;
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private: values of a profile file, by key. */
    Map<String, String> privates(String path) {
        try {
            return ProfileFile.of(Files.readAllBytes(root.resolve(path))).privates();
        } catch (IOException | ProfileFile.Unreadable e) {
            throw new AssertionError(e);
        }
    }
}
