package io.github.kudos.serve;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.Fixtures;
import io.github.kudos.output.OutputTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kudos serve end to end: a copy of a fixture site served on a free port, fetched over HTTP,
 * edited on disk, with the live-reload events read as a browser's EventSource would.
 */
class ServeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    Path site;
    PreviewServer server;
    StringWriter terminal = new StringWriter();
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String origin;

    @BeforeEach
    void start() throws Exception {
        site = Fixtures.copy("small", temp.resolve("site"));
        startServer();
    }

    private void startServer() throws Exception {
        PrintWriter out = new PrintWriter(terminal, true);
        server = PreviewServer.start(new PreviewServer.Settings(site, "127.0.0.1", 0, false, () -> TODAY), out, out);
        origin = server.url().substring(0, server.url().indexOf("/showcase/"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheSiteUnderThePathOfItsUrlWithCleanUrls() throws Exception {
        assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+/showcase/");
        assertThat(get("/").statusCode()).isEqualTo(302);
        assertThat(get("/").headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/showcase/"));
        assertThat(get("/showcase").statusCode()).isEqualTo(302);

        HttpResponse<String> home = get("/showcase/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(home.body()).contains("Little Loaf Bakery").containsPattern("<script src=\"/__kudos/live.js\" data-build=\"\\d+\"></script></body>");
        assertThat(home.body()).contains("href=\"/showcase/clients/\"");

        HttpResponse<String> clients = get("/showcase/clients");
        assertThat(clients.statusCode()).isEqualTo(301);
        assertThat(clients.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/showcase/clients/"));
        assertThat(get("/showcase/clients/").body()).contains("Corner Café");
        assertThat(get("/showcase/css/kudos.css").headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/showcase/feed.xml").body()).contains(origin + "/showcase/");
        assertThat(get(SiteHandler.SCRIPT_PATH).body()).contains("EventSource");
    }

    /** A save that lands while the server stops (a benchmark restoring its file, then Ctrl-C) is no internal error. */
    @Test
    void aChangeAsTheServerStopsIsLeftAlone() throws Exception {
        LiveReload closed = new LiveReload();
        closed.close();
        closed.publish(LiveSite.Change.RELOAD);
        server.close();
        Path profile = site.resolve("content/clients/corner-cafe.yaml");
        Files.writeString(profile, Files.readString(profile).replace("Corner Café", "Corner Cafe"));
        Thread.sleep(300);
        assertThat(terminal.toString()).doesNotContain("internal error");
    }

    @Test
    void missesGetTheThemes404PageAndNoListings() throws Exception {
        HttpResponse<String> miss = get("/showcase/no-such-page/");
        assertThat(miss.statusCode()).isEqualTo(404);
        assertThat(miss.body()).contains("We couldn’t find that page");
        assertThat(get("/elsewhere/").statusCode()).isEqualTo(404);
        assertThat(get("/showcase/assets/").statusCode()).isEqualTo(404);
        assertThat(get("/showcase/assets/logos/").statusCode()).isEqualTo(404);
    }

    @Test
    void revalidatesWithEtagsAndAnswersHead() throws Exception {
        HttpResponse<String> first = get("/showcase/css/kudos.css");
        String etag = first.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(origin + "/showcase/css/kudos.css"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(origin + "/showcase/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(origin + "/showcase/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void traversalInAnySpellingNeverReachesAFileOutsideTheSite() throws Exception {
        Files.writeString(temp.resolve("outside.txt"), "OUTSIDE-SECRET");
        for (String path : new String[] {"/showcase/../outside.txt", "/showcase/../../outside.txt", "/../outside.txt",
                "/showcase/%2e%2e/outside.txt", "/showcase/%2E%2E/%2e%2e/outside.txt", "/showcase/..%2f..%2foutside.txt",
                "/showcase/%2e%2e%2foutside.txt", "/showcase/..\\..\\outside.txt", "/showcase/%5c..%5coutside.txt",
                "/showcase/%00", "/showcase/" + "a/".repeat(3000), "/showcase/content/site.yaml",
                "/content/site.yaml", "/showcase/..;/outside.txt"}) {
            RawResponse response = RawResponse.get(origin, path);
            assertThat(response.status()).as(path).isIn(400, 404, 414, 431);
            assertThat(response.text()).as(path).doesNotContain("OUTSIDE-SECRET").doesNotContain("consent:");
        }
    }

    @Test
    void answersOnlyToItsOwnNamesSoNoWebPageCanRebindToIt() throws Exception {
        int port = URI.create(origin).getPort();
        assertThat(RawResponse.get(origin, "/showcase/", "localhost:" + port).status()).isEqualTo(200);
        assertThat(RawResponse.get(origin, "/showcase/", "127.0.0.1:" + port).status()).isEqualTo(200);
        RawResponse rebound = RawResponse.get(origin, "/showcase/", "attacker.example:" + port);
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.text()).doesNotContain("Little Loaf Bakery");
    }

    @Test
    void theScriptGoesBeforeTheRealEndOfBodyWhateverTheTextBeforeIt() {
        String page = "<p>" + "İstanbul ".repeat(20) + "</p></BODY></html>";
        String served = new String(SiteHandler.withScript(page.getBytes(StandardCharsets.UTF_8), 7), StandardCharsets.UTF_8);
        assertThat(served).endsWith("</p><script src=\"/__kudos/live.js\" data-build=\"7\"></script></BODY></html>");
        assertThat(new String(SiteHandler.withScript("<p>no body".getBytes(StandardCharsets.UTF_8), 1), StandardCharsets.UTF_8))
                .startsWith("<p>no body<script");
        assertThat(SiteHandler.hostName("[::1]:8080")).isEqualTo("[::1]");
        assertThat(SiteHandler.hostName("LocalHost:80")).isEqualTo("localhost");
        assertThat(SiteHandler.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void aCopiedFileChangedWhileTheSiteDidNotBuildIsStillPrivacyChecked() throws Exception {
        Path menu = site.resolve("content/assets/menu.pdf");
        Files.writeString(menu, "%PDF-1.4 menu");
        awaitServed("/showcase/assets/menu.pdf", 200, null);
        try (Events events = Events.open(http, origin)) {
            edit("content/clients/corner-cafe.yaml", "website:", "websit:");
            assertThat(events.next()).isEqualTo("errors");
            Files.writeString(menu, "%PDF-1.4 menu for Hushhush Holdings");
            assertThat(events.next()).isEqualTo("errors");
            edit("content/clients/corner-cafe.yaml", "websit:", "website:");
            assertThat(events.next()).as("the leak is found, not served").isEqualTo("errors");
            assertThat(events.lastData()).contains("privacy check: output file 'assets/menu.pdf'");
        }
    }

    @Test
    void aProfileEditReloadsTheOpenPagesWithTheChange() throws Exception {
        server.awaitWarmUp();
        try (Events events = Events.open(http, origin)) {
            edit("content/clients/corner-cafe.yaml", "name: Corner Café", "name: Corner Café & Roastery");
            assertThat(events.next()).isEqualTo("reload");
        }
        assertThat(get("/showcase/clients/corner-cafe/").body()).contains("Corner Café &amp; Roastery");
        assertThat(get("/showcase/").body()).contains("Corner Café &amp; Roastery");
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("re-rendered (\\d+) of (\\d+) pages")
                .matcher(terminal.toString());
        assertThat(summary.find()).as(terminal.toString()).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).as("only the pages showing the profile")
                .isPositive().isLessThan(Integer.parseInt(summary.group(2)) / 2);
        assertThatServedSiteEqualsAFreshBuild();
    }

    @Test
    void aCssOnlyChangeSwapsTheStylesheet() throws Exception {
        restartWithTheThemeInTheSiteFolder();
        Path css = site.resolve("themes/default/static/css/kudos.css");
        try (Events events = Events.open(http, origin)) {
            Files.writeString(css, "\nbody { color: rebeccapurple; }\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            assertThat(events.next()).isEqualTo("css");
        }
        assertThat(get("/showcase/css/kudos.css").body()).contains("rebeccapurple");
        assertThatServedSiteEqualsAFreshBuild();
    }

    @Test
    void aTemplateEditReRendersThePagesThatUseIt() throws Exception {
        restartWithTheThemeInTheSiteFolder();
        try (Events events = Events.open(http, origin)) {
            edit("themes/default/templates/profile.ftlh", "</h1>", "</h1><p>template-edit-marker</p>");
            assertThat(events.next()).isEqualTo("reload");
        }
        assertThat(get("/showcase/clients/corner-cafe/").body()).contains("template-edit-marker");
        assertThat(get("/showcase/").body()).doesNotContain("template-edit-marker");
        assertThatServedSiteEqualsAFreshBuild();
    }

    @Test
    void aContentErrorShowsTheOverlayKeepsTheLastGoodSiteAndClearsWhenFixed() throws Exception {
        try (Events events = Events.open(http, origin)) {
            edit("content/clients/corner-cafe.yaml", "website:", "websit:");
            assertThat(nextAfterLeftoverReloads(events)).isEqualTo("errors");
            assertThat(events.lastData()).contains("content/clients/corner-cafe.yaml:3:1: error: unknown key 'websit'")
                    .contains("did you mean 'website'?");
            assertThat(terminal.toString()).contains("content/clients/corner-cafe.yaml:3:1: error: unknown key 'websit'")
                    .contains("still serving the last good build");
            assertThat(get("/showcase/clients/corner-cafe/").statusCode()).isEqualTo(200);

            try (Events late = Events.open(http, origin)) {
                assertThat(late.next()).as("a page opened while broken sees the errors at once").isEqualTo("errors");
            }
            edit("content/clients/old-mill.yaml", "name: ", "name: The ");
            assertThat(events.next()).as("an unchanged broken file is still reported").isEqualTo("errors");
            assertThat(events.lastData()).contains("content/clients/corner-cafe.yaml:3:1: error: unknown key 'websit'");
            edit("content/clients/corner-cafe.yaml", "websit:", "website:");
            assertThat(events.next()).isEqualTo("reload");
        }
        assertThatServedSiteEqualsAFreshBuild();
    }

    @Test
    void newFilesRenamesDeletionsAndNewFoldersAreSeen() throws Exception {
        try (Events events = Events.open(http, origin)) {
            String profile = Files.readString(site.resolve("content/clients/corner-cafe.yaml"))
                    .replace("Corner Café", "Sunrise Deli").replace("assets/logos/corner-cafe.svg", "assets/new/sunrise.svg")
                    .replace("featured: true", "featured: false");
            Path folder = site.resolve("content/assets/new");
            Files.createDirectories(folder);
            Files.copy(site.resolve("content/assets/logos/corner-cafe.svg"), folder.resolve("sunrise.svg"));
            Path temporary = site.resolve("content/clients/.sunrise-deli.yaml.tmp");
            Files.writeString(temporary, profile, StandardCharsets.UTF_8);
            Files.move(temporary, site.resolve("content/clients/sunrise-deli.yaml"), StandardCopyOption.ATOMIC_MOVE);
            awaitServed("/showcase/clients/sunrise-deli/", 200, events);
            assertThat(get("/showcase/assets/new/sunrise.svg").statusCode()).isEqualTo(200);

            Files.move(site.resolve("content/clients/sunrise-deli.yaml"), site.resolve("content/clients/sunrise.yaml"));
            awaitServed("/showcase/clients/sunrise/", 200, events);
            assertThat(get("/showcase/clients/sunrise-deli/").statusCode()).isEqualTo(404);

            Files.delete(site.resolve("content/clients/sunrise.yaml"));
            awaitServed("/showcase/clients/sunrise/", 404, events);
        }
        assertThatServedSiteEqualsAFreshBuild();
    }

    /** Issue 4: each rebuild reuses what it can (files not read again, views, pages); the site stays what a full build makes. */
    @Test
    void incrementalEqualsAFreshBuildAfterEachOfASeriesOfEdits() throws Exception {
        restartWithTheThemeInTheSiteFolder();
        try (Events events = Events.open(http, origin)) {
            editReloadsAsAFreshBuild(events, "content/stories/market-day.md", "six hundred rolls", "seven hundred rolls");
            editReloadsAsAFreshBuild(events, "content/clients/corner-cafe.yaml", "tags: [coffee, community]",
                    "tags: [coffee, bakery-fans]");
            editReloadsAsAFreshBuild(events, "content/clients/corner-cafe.yaml", "industry: Food & drink",
                    "industry: Hospitality");
            editReloadsAsAFreshBuild(events, "content/clients/corner-cafe.yaml",
                    "  - { date: 2020-06-01, title: Opened a second café }",
                    "  - { date: 2020-06-01, title: Opened a second café }\n  - { date: 2026-09-01, title: A third café }");

            long build = server.snapshot().build();
            edit("content/clients/corner-cafe.yaml", "summary: The café", "summary: Always pays on the 20th. The café");
            assertThat(nextAfterLeftoverReloads(events)).isEqualTo("errors");
            assertThat(events.lastData()).contains("content/clients/corner-cafe.yaml:8:10", "privacy check: this repeats");
            assertThat(server.snapshot().build()).isEqualTo(build);
            editReloadsAsAFreshBuild(events, "content/clients/corner-cafe.yaml", "Always pays on the 20th. ", "");

            edit("content/clients/old-mill.yaml", "name: ", "name: The ");
            edit("content/suppliers/green-valley-flour.yaml", "summary: ", "summary: Still ");
            awaitServed("/showcase/clients/old-mill/", 200, events);
            awaitFreshBuild(events);

            Files.writeString(site.resolve("content/assets/logos/corner-cafe.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"32\"><rect width=\"64\" height=\"32\"/></svg>");
            awaitFreshBuild(events);

            Files.copy(site.resolve("content/clients/old-mill.yaml"), site.resolve("content/clients/new-mill.yaml"));
            edit("content/clients/new-mill.yaml", "name: The ", "name: New ");
            awaitServed("/showcase/clients/new-mill/", 200, events);
            awaitFreshBuild(events);

            Files.move(site.resolve("content/stories"), site.resolve("content/tales"));
            awaitServed("/showcase/stories/market-day/", 404, events);
            awaitFreshBuild(events);
            Files.move(site.resolve("content/tales"), site.resolve("content/stories"));
            awaitServed("/showcase/stories/market-day/", 200, events);
            awaitFreshBuild(events);

            Files.delete(site.resolve("content/clients/new-mill.yaml"));
            awaitServed("/showcase/clients/new-mill/", 404, events);
            awaitFreshBuild(events);

            editReloadsAsAFreshBuild(events, "content/site.yaml", "title: Little Loaf Bakery", "title: Little Loaf & Co");
            editReloadsAsAFreshBuild(events, "themes/default/templates/profile.ftlh", "</h1>", "</h1><p>series-marker</p>");
        }
    }

    /**
     * After the edit the pages reload, and the site served then is what a fresh build makes. A
     * reload still on its way from an earlier change is passed over: the site it announced was
     * built before this edit (a site.yaml step once compared that one with the new fresh build).
     */
    /** The next event that is not a reload left over from the step before (the build number then says whether one was served). */
    private static String nextAfterLeftoverReloads(Events events) throws Exception {
        String event;
        do {
            event = events.next();
        } while (event.equals("reload"));
        return event;
    }

    private void editReloadsAsAFreshBuild(Events events, String file, String from, String to) throws Exception {
        long before = server.snapshot().build();
        edit(file, from, to);
        do {
            assertThat(events.next()).as(() -> terminal.toString()).isEqualTo("reload");
        } while (server.snapshot().build() == before);
        assertThatServedSiteEqualsAFreshBuild();
    }

    /** Waits until the served site is what a fresh build makes (a change may take more than one rebuild to settle). */
    private void awaitFreshBuild(Events events) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!servedEqualsAFreshBuild()) {
            assertThat(System.nanoTime()).as("the served site never became a fresh build; terminal: " + terminal).isLessThan(deadline);
            events.poll(200);
        }
        assertThatServedSiteEqualsAFreshBuild();
    }

    private boolean servedEqualsAFreshBuild() {
        OutputTree served = server.snapshot().tree();
        OutputTree fresh = Build.preview(BuildRequest.build(site, site.resolve("site"), TODAY)
                .withBaseUrl(origin + "/showcase/")).tree();
        return fresh != null && served.files().keySet().equals(fresh.files().keySet())
                && served.files().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), fresh.files().get(e.getKey())))
                && served.copies().equals(fresh.copies());
    }

    @Test
    void aSymlinkSwappedInForACopiedFileIsNotFollowedOutOfTheSite() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "OUTSIDE-SECRET");
        Path inside = Files.writeString(site.resolve("content/assets/menu.txt"), "menu");
        Path link = site.resolve("content/assets/linked.txt");
        Files.createSymbolicLink(link, outside);
        OutputTree tree = new OutputTree(java.util.Map.of(), java.util.Map.of("menu.txt", inside, "linked.txt", link));
        Snapshot snapshot = new Snapshot(tree, "/", java.util.List.of(), 1);
        var jetty = new org.eclipse.jetty.server.Server(0);
        jetty.setHandler(new SiteHandler(() -> snapshot, new LiveReload(), site, java.util.Set.of()));
        jetty.start();
        try {
            String address = "http://127.0.0.1:" + ((org.eclipse.jetty.server.ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            assertThat(RawResponse.get(address, "/menu.txt").text()).contains("menu");
            RawResponse linked = RawResponse.get(address, "/linked.txt");
            assertThat(linked.status()).isEqualTo(404);
            assertThat(linked.text()).doesNotContain("OUTSIDE-SECRET");
        } finally {
            jetty.stop();
        }
    }

    @Test
    void buildOutputNeverHasTheLiveReloadScript() throws Exception {
        Path output = temp.resolve("built");
        assertThat(Build.run(BuildRequest.build(site, output, TODAY)).ok()).isTrue();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("__kudos");
            }
        }
    }

    private void awaitServed(String path, int status, Events events) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (get(path).statusCode() != status) {
            assertThat(System.nanoTime()).as(path + " never answered " + status + "; terminal: " + terminal).isLessThan(deadline);
            if (events != null) events.poll(200);
            else Thread.sleep(200);
        }
    }

    private void assertThatServedSiteEqualsAFreshBuild() {
        OutputTree served = server.snapshot().tree();
        OutputTree fresh = Build.preview(BuildRequest.build(site, site.resolve("site"), TODAY)
                .withBaseUrl(origin + "/showcase/")).tree();
        assertThat(served.files().keySet()).isEqualTo(fresh.files().keySet());
        served.files().forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(fresh.files().get(path)));
        assertThat(served.copies()).isEqualTo(fresh.copies());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The default theme copied into the site folder before the server starts, to be edited there. */
    private void restartWithTheThemeInTheSiteFolder() throws Exception {
        server.close();
        Fixtures.copyDefaultTheme(site);
        startServer();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The live-reload event stream, read line by line as an EventSource would. */
    static final class Events implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final java.util.concurrent.CompletableFuture<?> stream;
        private String lastData = "";

        private Events(HttpClient http, String origin) {
            stream = http.sendAsync(HttpRequest.newBuilder(URI.create(origin + LiveReload.PATH)).build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().forEach(lines::add));
        }

        /** Opens the stream and reads its first event, "hello" with the number of the site served. */
        static Events open(HttpClient http, String origin) throws InterruptedException {
            Events events = new Events(http, origin);
            assertThat(events.nextIncludingHello()).as("the event stream opens with hello").isEqualTo("hello");
            return events;
        }

        /** The name of the next event other than hello, failing after 30 s. */
        String next() throws InterruptedException {
            String event;
            do {
                event = nextIncludingHello();
            } while (event.equals("hello"));
            return event;
        }

        private String nextIncludingHello() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("an event within " + WAIT).isNotNull();
                if (line.startsWith("event: ")) {
                    String data = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                    lastData = data == null ? "" : data.replaceFirst("^data: ", "");
                    return line.substring("event: ".length());
                }
            }
        }

        /** Drops the lines that came in within the time given. */
        void poll(long millis) throws InterruptedException {
            lines.poll(millis, TimeUnit.MILLISECONDS);
        }

        String lastData() {
            return lastData;
        }

        @Override
        public void close() {
            stream.cancel(true);
        }
    }

    /** One request sent byte for byte, so the path reaches the server exactly as written. */
    record RawResponse(int status, String text) {
        static RawResponse get(String origin, String path) throws IOException {
            return get(origin, path, URI.create(origin).getAuthority());
        }

        static RawResponse get(String origin, String path, String host) throws IOException {
            URI uri = URI.create(origin);
            try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
                return new RawResponse(status, text);
            }
        }
    }
}
