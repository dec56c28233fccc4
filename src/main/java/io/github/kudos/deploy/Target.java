package io.github.kudos.deploy;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where a site is deployed to. A deploy reads the manifest, then writes files, deletes files,
 * writes the manifest, and finishes; a target that publishes atomically (git) does it in finish.
 */
public interface Target extends Closeable {
    /** For messages: "dir /srv/www", "sftp deploy@host:/var/www", "git file:///x (gh-pages)". */
    String describe();

    /** The last deploy's manifest, or {@link Manifest#EMPTY} when Kudos never deployed here. */
    Manifest manifest() throws IOException;

    void upload(SiteFile file) throws IOException;

    /** Deletes a file the last deploy wrote; a file already gone is not an error. */
    void delete(String path) throws IOException;

    void writeManifest(Manifest manifest) throws IOException;

    /** Whether a deleted file stays readable in the target's history (git, unless the deploy replaces it). */
    default boolean keepsHistory() {
        return false;
    }

    /** Whether finish has work even when no file changed (git --orphan on a branch that still has history). */
    default boolean dropsHistory() {
        return false;
    }

    /** Publishes what was written (git: commit and push). */
    default void finish(String message) throws IOException {}

    @Override
    default void close() throws IOException {}
}
