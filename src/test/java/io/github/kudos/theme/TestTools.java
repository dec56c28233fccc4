package io.github.kudos.theme;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tools the theme tests take from outside Maven: Debian's chromium and chromedriver, and the
 * npm packages of test-tools/ (axe-core, vnu-jar; `npm ci --prefix test-tools`). Outside CI a
 * missing tool skips its tests with a loud message; in CI (CI=true) it fails them.
 */
final class TestTools {
    static final Path CHROMIUM = Path.of(System.getProperty("kudos.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kudos.chromedriver", "/usr/bin/chromedriver"));
    static final Path NODE_MODULES = Path.of("test-tools", "node_modules");
    static final Path AXE = NODE_MODULES.resolve("axe-core/axe.min.js");
    static final Path VNU = NODE_MODULES.resolve("vnu-jar/build/dist/vnu.jar");

    private TestTools() {}

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void requireBrowser() {
        require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is missing",
                "apt-get install chromium chromium-driver");
    }

    static void requireNpmTool(Path file) {
        require(Files.isRegularFile(file), file + " is missing", "npm ci --prefix test-tools");
    }

    private static void require(boolean present, String what, String fix) {
        if (present) return;
        String message = what + ": install it with `" + fix + "` (see README, Developing Kudos)";
        if (inCi()) Assertions.fail("CI=true and " + message);
        System.err.println();
        System.err.println("!!!!!!!! SKIPPED theme browser/HTML tests: " + message + " !!!!!!!!");
        System.err.println();
        Assumptions.abort(message);
    }
}
