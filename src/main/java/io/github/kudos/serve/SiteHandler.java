package io.github.kudos.serve;

import io.github.kudos.output.OutputTree;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serves the site built in memory under the path of its url, as a static host would: clean URLs,
 * the theme's 404.html for misses, no listings, and never a file that is not part of the site.
 * HTML pages get the live-reload script, which only this server ever adds.
 */
final class SiteHandler extends Handler.Abstract {
    static final String SCRIPT_PATH = "/__kudos/live.js";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\" data-build=\"%d\"></script>";
    private static final int MAX_PATH = 1024;
    private static final byte[] SCRIPT = script();

    private final Supplier<Snapshot> site;
    private final LiveReload live;
    private final Path siteFolder;
    private final Set<String> hosts;

    /**
     * hosts are the names the server answers to (empty: any). Bound to this machine only, it
     * refuses other names, so a web page cannot rebind its own name to 127.0.0.1 and read the preview.
     */
    SiteHandler(Supplier<Snapshot> site, LiveReload live, Path siteFolder, Set<String> hosts) {
        this.site = site;
        this.live = live;
        this.siteFolder = siteFolder;
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        if (!hosts.isEmpty() && !hosts.contains(hostName(request.getHeaders().get(HttpHeader.HOST)))) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
                    "kudos serve answers to localhost and 127.0.0.1 only");
            return true;
        }
        String raw = request.getHttpURI().getPath();
        String path = Request.getPathInContext(request);
        if (raw == null || path == null || unsafe(raw, path)) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return true;
        }
        Snapshot snapshot = site.get();
        if (path.equals(LiveReload.PATH) && method.equals("GET")) {
            live.subscribe(request, response, callback, snapshot);
            return true;
        }
        if (path.equals(SCRIPT_PATH)) {
            send(request, response, callback, 200, "live.js", SCRIPT, 0);
            return true;
        }
        if (snapshot.tree() == null) {
            send(request, response, callback, 503, "error.html", ErrorPage.html(snapshot.errors()), snapshot.build());
            return true;
        }
        String base = snapshot.basePath();
        if (!path.startsWith(base)) {
            if (base.startsWith(path) && (path.equals("/") || base.equals(path + "/"))) {
                Response.sendRedirect(request, response, callback, HttpStatus.FOUND_302, base, false);
            } else {
                notFound(request, response, callback, snapshot);
            }
            return true;
        }
        serve(request, response, callback, snapshot, path.substring(base.length()));
        return true;
    }

    private void serve(Request request, Response response, Callback callback, Snapshot snapshot, String sitePath) {
        OutputTree tree = snapshot.tree();
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        Optional<byte[]> body = read(tree, file);
        if (body.isPresent()) {
            send(request, response, callback, 200, file, body.get(), snapshot.build());
        } else if (!sitePath.endsWith("/") && read(tree, sitePath + "/index.html").isPresent()) {
            String location = request.getHttpURI().getPath() + "/";
            Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301, location, false);
        } else {
            notFound(request, response, callback, snapshot);
        }
    }

    private void notFound(Request request, Response response, Callback callback, Snapshot snapshot) {
        byte[] page = read(snapshot.tree(), "404.html").orElse("<!doctype html><title>Not found</title><h1>Not found</h1>"
                .getBytes(StandardCharsets.UTF_8));
        send(request, response, callback, 404, "404.html", page, snapshot.build());
    }

    /** A file of the built site: rendered bytes, or a copied asset read from a file inside the site folder. */
    private Optional<byte[]> read(OutputTree tree, String file) {
        byte[] rendered = tree.files().get(file);
        if (rendered != null) return Optional.of(rendered);
        Path copy = tree.copies().get(file);
        if (copy == null) return Optional.empty();
        try {
            // A file of content/ or themes/ (links may stay inside them, as a build allows), or one Kudos
            // itself chose (the packaged theme); never a link out to the rest of the site folder or beyond.
            Path real = copy.toRealPath();
            Path site = siteFolder.toRealPath();
            boolean inside = real.startsWith(site.resolve("content")) || real.startsWith(site.resolve("themes"));
            if (!inside && !real.equals(copy.toAbsolutePath().normalize())) return Optional.empty();
            if (!inside && real.startsWith(site)) return Optional.empty();
            return Optional.of(Files.readAllBytes(real));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void send(Request request, Response response, Callback callback, int status, String file, byte[] body,
                             long build) {
        String type = ContentTypes.of(file);
        byte[] bytes = type.startsWith("text/html") ? withScript(body, build) : body;
        String etag = "\"" + sha1(bytes) + "\"";
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (status == 200 && etag.equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        boolean head = request.getMethod().equals("HEAD");
        response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
    }

    /** The page with the live-reload script before its last {@code </body>}, or at its end. */
    static byte[] withScript(byte[] html, long build) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = String.format(Locale.ROOT, SCRIPT_TAG, build);
        int end = text.length() - "</body>".length();
        while (end >= 0 && !text.regionMatches(true, end, "</body>", 0, "</body>".length())) end--;
        String page = end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The host name of a Host header, without its port ("[::1]" keeps its brackets). */
    static String hostName(String host) {
        if (host == null) return "";
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > 0 && (host.indexOf(']') < colon) && (host.startsWith("[") || host.indexOf(':') == colon);
        return (hasPort ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Traversal in any spelling, and paths no site has; Jetty refuses most of them before this. */
    static boolean unsafe(String raw, String decoded) {
        if (raw.length() > MAX_PATH || !decoded.startsWith("/")) return true;
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")) return true;
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0) return true;
        return List.of(decoded.split("/", -1)).stream().anyMatch(s -> s.equals("..") || s.equals("."));
    }

    private static byte[] script() {
        try (InputStream in = SiteHandler.class.getResourceAsStream("live.js")) {
            if (in == null) throw new IllegalStateException("live.js is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
