package io.github.kudos.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file to publish: a '/'-separated path inside the site, its SHA-256 (lowercase hex), and
 * where its bytes come from: a built file, or bytes the deploy adds itself (.nojekyll, CNAME).
 */
public record SiteFile(String path, String sha256, Path file, byte[] bytes) {

    public static SiteFile of(String path, byte[] bytes) {
        return new SiteFile(path, Hashes.sha256(bytes), null, bytes.clone());
    }

    public InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    /** index.html files and 404.html: the pages a visitor enters by, switched last. */
    public boolean isEntryPage() {
        return path.equals("index.html") || path.endsWith("/index.html") || path.equals("404.html");
    }
}
