package io.github.kudos.kit;

import com.sun.net.httpserver.HttpServer;
import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * embed/kudos.js in headless Chromium, as another website uses it: a page served from one port
 * includes the script of a Kudos site served from another. With CORS on the site's host the
 * script renders the logos and testimonials from data/profiles.json; without it, it falls back
 * to the iframes.
 */
class EmbedBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("kudos.chromium", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void anotherSiteEmbedsTheLogosAndTestimonials() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        try (Server kudos = new Server(dir.resolve("site"), true); Server other = new Server(dir.resolve("host"), false)) {
            build(kudos.port);
            host(kudos.port);
            String dom = dumpDom("http://127.0.0.1:" + other.port + "/");
            assertThat(dom).contains("class=\"kudos-logos\"").contains("alt=\"Coho Café\"").contains("Green Valley Flour")
                    .contains("They made our opening week.").contains("class=\"kudos-pause\"")
                    .contains("<ul class=\"kudos-row\" aria-hidden=\"true\">")
                    .doesNotContain("Markerprospect").doesNotContain("<iframe");
        }
    }

    /** A role that names the profile ("Owner, Coho Café") was followed by " · Coho Café" again. */
    @Test
    void aTestimonialWhoseRoleNamesTheProfileLinksTheNameOnce() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        try (Server kudos = new Server(dir.resolve("site"), true); Server other = new Server(dir.resolve("host"), false)) {
            build(kudos.port, CelebrationKitTest.SITE.replace("role: Owner }", "role: \"Owner, Coho Café\" }"));
            host(kudos.port);
            String dom = dumpDom("http://127.0.0.1:" + other.port + "/");
            assertThat(dom).contains("<figcaption>Jane Doe, Owner, <a href=\"http://127.0.0.1:" + kudos.port
                    + "/clients/coho/\">Coho Café</a></figcaption>");
        }
    }

    @Test
    void withoutCorsTheScriptFallsBackToTheIframes() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        try (Server kudos = new Server(dir.resolve("site"), false); Server other = new Server(dir.resolve("host"), false)) {
            build(kudos.port);
            host(kudos.port);
            String dom = dumpDom("http://127.0.0.1:" + other.port + "/");
            assertThat(dom).contains("<iframe src=\"http://127.0.0.1:" + kudos.port + "/embed/logos.html\"")
                    .contains("<iframe src=\"http://127.0.0.1:" + kudos.port + "/embed/testimonials.html\"")
                    .doesNotContain("class=\"kudos-logos\"");
        }
    }

    private void build(int port) {
        build(port, CelebrationKitTest.SITE);
    }

    private void build(int port, String siteText) {
        TestSite site = TestSite.of(dir.resolve("source"), siteText);
        var run = TestSite.kudos("build", "--source", site.root().toString(), "--output", dir.resolve("site").toString(),
                "--now", "2026-11-22", "--base-url", "http://127.0.0.1:" + port + "/");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private void host(int kudosPort) throws IOException {
        Files.createDirectories(dir.resolve("host"));
        Files.writeString(dir.resolve("host/index.html"), "<!doctype html><html lang=\"en\"><title>Another site</title>"
                + "<h1>A client's own site</h1><div data-kudos=\"logos\"></div><div data-kudos=\"testimonials\"></div>"
                + "<script src=\"http://127.0.0.1:" + kudosPort + "/embed/kudos.js\" async></script></html>");
    }

    private String dumpDom(String url) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=10000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return dom;
    }

    /** A loopback static server; cors adds Access-Control-Allow-Origin: * as a host such as GitHub Pages does. */
    private static final class Server implements AutoCloseable {
        final HttpServer server;
        final int port;

        Server(Path root, boolean cors) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
                byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                if (cors) exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().add("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                        : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    if (body != null) out.write(body);
                }
            });
            server.start();
            port = server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
