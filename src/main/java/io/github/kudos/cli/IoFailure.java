package io.github.kudos.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure in a user's words: "/srv/x/sub: not a folder", where Java would say
 * "java.nio.file.FileSystemException: /srv/x/sub: Not a directory" (or only the path).
 */
final class IoFailure {
    private IoFailure() {}

    static String describe(IOException e) {
        if (!(e instanceof FileSystemException failure) || failure.getFile() == null) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return failure.getFile() + (failure.getOtherFile() == null ? "" : " -> " + failure.getOtherFile()) + ": " + reason(failure);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way";
        if (e instanceof NotDirectoryException || "Not a directory".equals(e.getReason())) return "not a folder";
        if (e.getReason() == null) return "cannot be used";
        return e.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + e.getReason().substring(1);
    }
}
