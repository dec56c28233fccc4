package io.github.kudos.cli;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.kudos.TestSite.kudos;
import static org.assertj.core.api.Assertions.assertThat;

/** kudos serve as a user starts it: the printed address, a port in use, a folder that is no site. */
class ServeCommandTest {
    private static final String SITE = TestSite.SITE + """
            -- content/clients/acme.yaml --
            name: Acme Roasters
            since: 2019-04-01
            consent: { given: 2024-01-10, by: Jo Acme, scope: [name] }
            """;

    @TempDir
    Path temp;

    @Test
    void portZeroPicksAFreePortPrintsItAndServesUntilStopped() throws Exception {
        TestSite site = TestSite.of(temp, SITE);
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.run(new String[] {"serve", "--source", site.root().toString(),
                "--port", "0", "--now", "2026-11-22"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))));
        serve.start();
        String url = awaitUrl(out);
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Test Bakery");
        HttpResponse<String> client = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "clients/acme/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(client.body()).contains("Acme Roasters");

        serve.interrupt();
        serve.join(10_000);
        assertThat(serve.isAlive()).isFalse();
        assertThat(code.get()).isZero();
    }

    @Test
    void aPortInUseIsAClearUsageError() throws Exception {
        TestSite site = TestSite.of(temp, SITE);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var run = kudos("serve", "--source", site.root().toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("kudos serve: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("the port is in use").contains("--port 0").doesNotContain("Exception");
        }
    }

    @Test
    void aFolderWithoutContentIsAUsageError() {
        var run = kudos("serve", "--source", temp.toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kudos serve: ");
    }

    @Test
    void helpNamesEveryOption() {
        var run = kudos("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port", "--host", "--drafts", "--open", "--source", "127.0.0.1", "8080");
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        Pattern serving = Pattern.compile("serving (http://\\S+) \\(Ctrl-C to stop\\)");
        for (int i = 0; i < 600; i++) {
            Matcher matcher = serving.matcher(out.toString());
            if (matcher.find()) return matcher.group(1);
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no address: " + out);
    }
}
