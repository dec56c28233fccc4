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
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent events that tell open pages what to do: "hello" (the number of the site now
 * served: a page sent before it reloads), "reload", "css" (swap the stylesheets) and "errors"
 * (show the overlay; its data is a JSON list of "path:line:col: error: message"). Events go out
 * on a thread of their own, so a stalled page never holds up a rebuild.
 */
final class LiveReload {
    static final String PATH = "/__kudos/events";

    private final Map<Response, Callback> clients = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kudos-live-reload");
        thread.setDaemon(true);
        return thread;
    });

    LiveReload() {
        sender.scheduleAtFixedRate(this::heartbeat, 10, 10, TimeUnit.SECONDS);
    }

    /** Keeps the request open as an event stream; a page opened while the build fails sees the errors at once. */
    void subscribe(Request request, Response response, Callback callback, Snapshot snapshot) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        clients.put(response, callback);
        request.addFailureListener(failure -> drop(response));
        String hello = "event: hello\ndata: " + snapshot.build() + "\n\n";
        String errors = snapshot.failing() ? event(LiveSite.Change.errors(snapshot.errors())) : "";
        later(() -> send(response, hello + errors));
    }

    void publish(LiveSite.Change change) {
        if (change.kind() == LiveSite.Kind.NONE) return;
        String event = event(change);
        // Only the pages connected now: one that connects later learns of this build from its hello.
        List<Response> connected = List.copyOf(clients.keySet());
        later(() -> connected.forEach(response -> send(response, event)));
    }

    /** Sends on the sender's thread; once the server is closing there is no page left to tell. */
    private void later(Runnable sending) {
        try {
            sender.execute(sending);
        } catch (RejectedExecutionException e) {
            // closed: a rebuild that ends while the server stops has nobody to reload
        }
    }

    /** A comment line that keeps idle connections open and finds the closed ones. */
    private void heartbeat() {
        clients.keySet().forEach(response -> send(response, ": ping\n\n"));
    }

    void close() {
        sender.shutdownNow();
        clients.forEach((response, callback) -> {
            synchronized (response) {
                if (clients.remove(response) != null) response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            }
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
                written.get(2, TimeUnit.SECONDS);
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
