package io.github.kudos.serve;

import io.github.kudos.diag.Diagnostic;
import io.github.kudos.site.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent events that tell open pages to reload: "reload", "css" (swap the stylesheets)
 * and "errors" (show the overlay; its data is a JSON list of "path:line:col: error: message").
 */
final class LiveReload {
    static final String PATH = "/__kudos/events";

    private final Map<Response, Callback> clients = new ConcurrentHashMap<>();

    /** Keeps the request open as an event stream; a page opened while the build fails sees the errors at once. */
    void subscribe(Request request, Response response, Callback callback, List<Diagnostic> errors) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        clients.put(response, callback);
        request.addFailureListener(failure -> drop(response));
        send(response, errors.isEmpty() ? ": connected\n\n" : event(LiveSite.Change.errors(errors)));
    }

    void publish(LiveSite.Change change) {
        if (change.kind() == LiveSite.Kind.NONE) return;
        String event = event(change);
        clients.keySet().forEach(response -> send(response, event));
    }

    /** A comment line that keeps idle connections open and finds the closed ones. */
    void heartbeat() {
        clients.keySet().forEach(response -> send(response, ": ping\n\n"));
    }

    int clients() {
        return clients.size();
    }

    void close() {
        clients.forEach((response, callback) -> {
            clients.remove(response);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        });
    }

    private static String event(LiveSite.Change change) {
        return switch (change.kind()) {
            case RELOAD -> "event: reload\ndata: {}\n\n";
            case CSS -> "event: css\ndata: {}\n\n";
            case ERRORS -> "event: errors\ndata: " + Json.write(change.errors().stream().map(Diagnostic::format).toList())
                    .replace("\n", " ") + "\n\n";
            case NONE -> "";
        };
    }

    private void send(Response response, String text) {
        synchronized (response) {
            if (!clients.containsKey(response)) return;
            FutureCallback written = new FutureCallback();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                drop(response);
            }
        }
    }

    private void drop(Response response) {
        Callback callback = clients.remove(response);
        if (callback != null) callback.failed(new java.io.EOFException("the page went away"));
    }
}
