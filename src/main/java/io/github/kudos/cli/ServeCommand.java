package io.github.kudos.cli;

import io.github.kudos.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site: build it in memory, serve it and rebuild it on every change.", "",
                "Edit any file under content/ or themes/ and the open pages reload by themselves (a change "
                        + "to CSS only swaps the stylesheet). Errors are printed here and shown over the page "
                        + "until fixed; the last good build stays served. The site is served under the path of "
                        + "url in site.yaml, as deployed. Nothing is written to site/. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}; "
            + "0.0.0.0 shows the preview to your network).")
    String host = "127.0.0.1";

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) return Main.usage(spec, "--port takes 0 to 65535, not " + port);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.site.site();
        PreviewServer server;
        try {
            server = PreviewServer.start(new PreviewServer.Settings(common.sourceFolder(), host, port, common.drafts,
                    common::today), out, err);
        } catch (PreviewServer.BindFailure e) {
            return Main.usage(spec, e.getMessage());
        }
        Thread stopper = new Thread(() -> {
            server.close();
            out.println("stopped");
            out.flush();
        }, "kudos-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("serving " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) open(server.url(), err);
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(stopper);
            server.close();
        }
        return 0;
    }

    private static void open(String url, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", url)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            err.println("kudos serve: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
