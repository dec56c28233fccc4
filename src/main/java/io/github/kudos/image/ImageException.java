package io.github.kudos.image;

import java.io.IOException;

/** An image that cannot be used, with a message for a one-line diagnostic (no path: the caller adds it). */
public final class ImageException extends IOException {
    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
