package org.indivisible.cli;

/**
 * A command stops on bad input: its message is printed as it is (already in the reader's words,
 * naming the command) and the command exits with {@link #exitCode()}. Thrown by the shared
 * checks ({@link Bounds#require}, {@link InputFiles#load}) so that each command does not repeat
 * the print-and-return; {@link Main}'s handler turns it into the exit code.
 */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
