package org.veil.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the {@code veil} command line through {@link VeilCommand#execute}, with what it printed.
 * Standard output and error are swapped for the run (one run at a time).
 */
record CommandRun(int exitCode, String out, String err) {

    private static final Object STREAMS = new Object();

    static CommandRun of(String... args) {
        synchronized (STREAMS) {
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exitCode = VeilCommand.execute(args);
                System.out.flush();
                System.err.flush();
                return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
