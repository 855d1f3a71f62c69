package io.pgwarden.kit.error;

/** Turns driver and server messages into text fit for a user-facing message. */
public final class ErrorText {

    private ErrorText() {
    }

    /** The first line only: PostgreSQL appends detail, hint and position lines that mean nothing to a user. */
    public static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
