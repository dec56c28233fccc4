package io.github.kudos.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches content/ and themes/ of a site folder, new subfolders included, and hands the set of
 * changed files to a listener once the changes have settled (an editor that saves through a
 * temporary file and a rename makes several events; the listener hears them as one change).
 */
final class Watcher implements AutoCloseable {
    /** An editor's events for one save come within a millisecond or two; each millisecond here delays the reload. */
    private static final long SETTLE_MILLIS = 5;
    private static final Set<String> WATCHED = Set.of("content", "themes");

    private final Path siteFolder;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    Watcher(Path siteFolder, Consumer<Set<Path>> listener) {
        this.siteFolder = siteFolder;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(siteFolder);
            for (String name : WATCHED) registerTree(siteFolder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> loop(listener), "kudos-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> listener) {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                collect(service.take(), changed);
                for (WatchKey key; (key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) listener.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) continue;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (folder.equals(siteFolder) && !WATCHED.contains(file.getFileName().toString())) continue;
            changed.add(file);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                registerQuietly(file, changed);
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    /** Watches a new folder; files written into it before it was watched count as changed too. */
    private void registerQuietly(Path folder, Set<Path> changed) {
        try {
            registerTree(folder);
            try (Stream<Path> files = Files.walk(folder)) {
                files.forEach(changed::add);
            }
        } catch (IOException e) {
            // The folder went again before it could be watched; its removal is a change of its own.
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(folder);
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to release.
        }
    }
}
