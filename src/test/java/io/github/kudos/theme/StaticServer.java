package io.github.kudos.theme;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny static file server for the browser tests (Java 17 has no SimpleFileServer): loopback
 * only, an ephemeral port, GET and HEAD, index.html for folders, 404.html for what is missing;
 * files may be cached for a few minutes, as a static host would let them.
 * Path segments are checked one by one, so nothing outside the site folder is served.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "webp", "image/webp", "xml", "application/xml",
            "json", "application/json", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(6);
    private final Path root;

    StaticServer(Path root) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** http://127.0.0.1:PORT/ */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(exchange.getRequestURI());
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file for a request path, or null: no hidden, empty-named or escaping segments. */
    private Path resolve(URI uri) throws IOException {
        Path file = root;
        for (String segment : uri.getPath().split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.startsWith(".") || segment.contains("\\")) return null;
            file = file.resolve(segment);
        }
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) return null;
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
