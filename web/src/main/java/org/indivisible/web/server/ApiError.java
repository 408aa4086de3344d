package org.indivisible.web.server;

/** An answer other than 200, with a message for the person at the other end (scrubbed by {@link HttpRules#publicMessage}). */
public final class ApiError extends RuntimeException {

    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
