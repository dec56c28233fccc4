package io.github.kudos.deploy;

/** A deploy that cannot go on, with a message for the user (printed as "kudos deploy: message"). */
public final class DeployException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
