package org.veil.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the {@code veil} command line through {@link VeilCommand#execute}, with what it printed.
 * Standard output and error (and, on request, input) are swapped for the run (one run at a time).
 */
record CommandRun(int exitCode, String out, String err) {

    private static final Object STREAMS = new Object();

    static CommandRun of(String... args) {
        return run(CommandLine.defaultFactory(), null, args);
    }

    /** A run whose {@link PasswordOptions} see {@code environment} instead of the process's environment. */
    static CommandRun withEnvironment(Map<String, String> environment, String... args) {
        return run(environmentFactory(environment), null, args);
    }

    /** A run reading {@code stdin} as standard input (no variables in its environment). */
    static CommandRun withInput(String stdin, String... args) {
        return run(environmentFactory(Map.of()), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                args);
    }

    private static CommandLine.IFactory environmentFactory(Map<String, String> environment) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == PasswordOptions.class) {
                    return type.cast(new PasswordOptions(environment::get));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
    }

    private static CommandRun run(CommandLine.IFactory factory, InputStream stdin, String... args) {
        synchronized (STREAMS) {
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            InputStream stdinBefore = System.in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                if (stdin != null) {
                    System.setIn(stdin);
                }
                int exitCode = VeilCommand.execute(factory, args);
                System.out.flush();
                System.err.flush();
                return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
                System.setIn(stdinBefore);
            }
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
