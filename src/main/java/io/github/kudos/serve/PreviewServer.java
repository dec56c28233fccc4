package io.github.kudos.serve;

import io.github.kudos.build.BuildRequest;
import io.github.kudos.diag.Diagnostic;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * kudos serve: builds the site in memory, serves it with Jetty, and rebuilds it whenever a file
 * under content/ or themes/ changes, telling the open pages to reload.
 */
public final class PreviewServer implements AutoCloseable {
    /** today is asked again at every rebuild, so a preview left running past midnight moves on with the date. */
    public record Settings(Path siteFolder, String host, int port, boolean drafts, Supplier<LocalDate> today) {}

    /** The port is taken, or the host cannot be bound. */
    public static final class BindFailure extends Exception {
        BindFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int WARM_UP_STEPS = 30;
    private static final int FIRST_WARM_UP_STEPS = 2;

    private final Server server;
    private final LiveReload live = new LiveReload();
    private final LiveSite site;
    private final Watcher watcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String url;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch warm = new CountDownLatch(1);
    private volatile long rebuildStart = System.nanoTime();
    /** Set first when the server stops: a rebuild the stop interrupts is then abandoned without a word. */
    private volatile boolean closing;

    private PreviewServer(Settings settings, PrintWriter out, PrintWriter err) throws BindFailure {
        this.out = out;
        this.err = err;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("kudos-serve");
        threads.setDaemon(true);
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        Path folder = settings.siteFolder();
        String origin = "http://" + displayHost(settings.host());
        BuildRequest request = BuildRequest.build(folder, folder.resolve("site"), settings.today().get())
                .withDrafts(settings.drafts());
        if ("1".equals(System.getenv("KUDOS_TIMING"))) request = request.withProgress(this::timing);
        site = new LiveSite(request, settings.today());
        server.setHandler(new SiteHandler(site::snapshot, live, folder, allowedHosts(settings.host())));
        start(settings);
        String address = origin + ":" + connector.getLocalPort();
        site.origin(address);
        watcher = new Watcher(folder, this::onChange);
        rebuild(Set.of(), true);
        url = address + site.snapshot().basePath();
        // The first rebuilds after a build are the slowest (400 ms at 10,000 profiles): they are done
        // before the address is given, so that an edit made at once never waits for one of them.
        warmUp(0, FIRST_WARM_UP_STEPS);
        // The first build leaves its garbage in the old generation; the collection that clears it (a
        // full one: 740 ms at 10,000 profiles) is made now rather than during the first edits.
        System.gc();
        Thread warmUp = new Thread(() -> warmUp(FIRST_WARM_UP_STEPS, WARM_UP_STEPS), "kudos-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * Rebuilds as after edits made in memory only, until the JIT has compiled what a rebuild runs:
     * the first real edit is then about as quick as the twentieth. A real change waits for one such
     * rebuild at most.
     */
    private void warmUp(int first, int end) {
        try {
            site.warmUpProfile().ifPresent(profile -> {
                for (int step = first; step < end && !closing; step++) {
                    synchronized (this) {
                        if (closing) return;
                        try {
                            site.warmUp(profile);
                        } catch (RuntimeException e) {
                            return; // e.g. the profile went; the next real rebuild reads every change anyway
                        }
                    }
                }
            });
        } finally {
            if (end == WARM_UP_STEPS) warm.countDown();
        }
    }

    /** For tests that count what an edit re-renders: an edit during the warm-up also re-reads the warm-up's profile. */
    void awaitWarmUp() throws InterruptedException {
        warm.await();
    }

    /** The host for URLs: a wildcard address is reached as localhost; IPv6 goes in brackets. */
    private static String displayHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) return "localhost";
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Bound to this machine only, the server answers to its own names only (no DNS rebinding); else to any. */
    private static Set<String> allowedHosts(String host) {
        try {
            if (!InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress()) return Set.of();
        } catch (UnknownHostException e) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.add(displayHost(host).toLowerCase(Locale.ROOT));
        return Set.copyOf(names);
    }

    /** Binds the address, builds the site once and starts watching it. */
    public static PreviewServer start(Settings settings, PrintWriter out, PrintWriter err) throws BindFailure {
        return new PreviewServer(settings, out, err);
    }

    private void start(Settings settings) throws BindFailure {
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            String where = settings.host() + ":" + settings.port();
            if (causedBy(e, BindException.class)) {
                throw new BindFailure("cannot listen on " + where + ": the port is in use (is another "
                        + "'kudos serve' running?); pick another with --port, or --port 0 for any free one", e);
            }
            throw new BindFailure("cannot listen on " + where + ": " + e.getMessage(), e);
        }
    }

    /** The address of the site's home page. */
    public String url() {
        return url;
    }

    /** What is served now: for tests that compare it with a fresh build. */
    Snapshot snapshot() {
        return site.snapshot();
    }

    /** Blocks until {@link #close} is called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void onChange(Set<Path> changed) {
        if (closing) return;
        try {
            rebuild(changed, false);
        } catch (RuntimeException e) {
            if (closing) return; // e.g. ClosedByInterruptException: stopping the watcher interrupts its rebuild
            err.println("kudos serve: internal error while rebuilding: " + e + " (still serving the last site)");
            err.flush();
        }
    }

    private synchronized void rebuild(Set<Path> changed, boolean first) {
        long start = System.nanoTime();
        rebuildStart = start;
        LiveSite.Change change = site.rebuild(changed, this::report);
        double millis = (System.nanoTime() - start) / 1e6;
        if (change.kind() == LiveSite.Kind.ERRORS) {
            err.println("kudos serve: " + change.errors().size() + (change.errors().size() == 1 ? " error" : " errors")
                    + (site.snapshot().tree() == null ? "; fix it to see the site" : "; still serving the last good build"));
        } else if (!first) {
            out.println(String.format(Locale.ENGLISH, "rebuilt in %.0f ms (%s): %s", millis, site.summary(), describe(change)));
        }
        out.flush();
        err.flush();
        if (!first) live.publish(change);
    }

    /** With KUDOS_TIMING=1, each stage of a rebuild and when it starts, as 'kudos build' prints them. */
    private void timing(String stage) {
        err.printf(Locale.ROOT, "%8.3f s  %s%n", (System.nanoTime() - rebuildStart) / 1e9, stage);
        err.flush();
    }

    private void report(Diagnostic diagnostic) {
        err.println(diagnostic.format());
    }

    private static String describe(LiveSite.Change change) {
        return switch (change.kind()) {
            case NONE -> "nothing changed";
            case CSS -> "stylesheet swapped";
            case RELOAD -> "pages reloaded";
            case ERRORS -> "errors";
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) return;
        closing = true;
        watcher.close();
        live.close();
        stopQuietly();
        stopped.countDown();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process ends next.
        }
    }
}
