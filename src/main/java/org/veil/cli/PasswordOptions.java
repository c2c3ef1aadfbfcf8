package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectLockedException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The password of a password-protected project, for the commands that open one ({@code veil run},
 * {@code veil verify}): typed at a prompt ({@code --password}), the first line of a file
 * ({@code --password-file}), or the environment variable {@value #ENVIRONMENT_VARIABLE} when neither
 * option is given. Never a command-line value, which would land in the shell's history and in
 * {@code ps}. Asked for only if the project is encrypted: a password given for a plain project is
 * simply not needed.
 *
 * <p>The password is held as a {@code char[]} and wiped when the command is done with it (a value
 * read from the environment exists as an immutable {@link String} in the process anyway).
 */
@Command(footerHeading = "%nEnvironment:%n",
        footer = {
            "  " + PasswordOptions.ENVIRONMENT_VARIABLE + "  The password of a password-protected project, used when",
            "                 neither --password nor --password-file is given. Other",
            "                 processes of yours can read it; prefer --password-file."})
final class PasswordOptions {

    /** The environment variable read when no password option is given. */
    static final String ENVIRONMENT_VARIABLE = "VEIL_PASSWORD";

    /** --password and --password-file: at most one of them. */
    static final class Given {

        @Option(names = "--password", interactive = true, arity = "0", echo = false,
                prompt = "Password of the project: ",
                description = "Ask for the password of a password-protected project (typed without echo; without"
                        + " a console, read as a line from standard input). Takes no value: a password on the"
                        + " command line would land in the shell's history and in the process list.")
        char[] password;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "For scripts: read the password of a password-protected project from the first"
                        + " line of FILE (UTF-8). Make FILE readable only by you: chmod 600 FILE.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Given given;

    private final Function<String, String> environment;

    /** Reads {@value #ENVIRONMENT_VARIABLE} from the process's environment. */
    PasswordOptions() {
        this(System::getenv);
    }

    /** @param environment looks up an environment variable ({@code null} if not set); for tests */
    PasswordOptions(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The work a command does with the project's password source; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(PasswordSource passwords);
    }

    /**
     * Reads the password (if any is given), runs the work with it as the source, and wipes it
     * afterwards. A password file that cannot be read is one line on {@code err} and
     * {@link ExitCodes#BAD_INPUT}, without running the work.
     */
    int withPassword(PrintWriter err, Work work) {
        char[] password;
        try {
            password = password();
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            return work.run(password == null ? PasswordSource.NONE : source(password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Prints the one line that says why a project stayed locked and how to give its password.
     *
     * @return {@link ExitCodes#BAD_INPUT}
     */
    int locked(Path project, ProjectLockedException.Reason reason, PrintWriter err) {
        err.println(switch (reason) {
            case PASSWORD_REQUIRED -> project + " is password-protected: give --password (prompt), --password-file"
                    + " FILE or " + ENVIRONMENT_VARIABLE;
            case WRONG_PASSWORD -> "wrong password for " + project + " (" + origin()
                    + "), or the encrypted file was changed";
        });
        return ExitCodes.BAD_INPUT;
    }

    /** Where the password came from, for the message about a wrong one. */
    private String origin() {
        if (given != null && given.password != null) {
            return "typed at the prompt";
        }
        if (given != null && given.file != null) {
            return "from --password-file " + given.file;
        }
        return "from " + ENVIRONMENT_VARIABLE;
    }

    /** The password given, or {@code null}; a fresh array the caller wipes. */
    private char[] password() throws IOException {
        if (given != null && given.password != null) {
            char[] typed = given.password.clone();
            Arrays.fill(given.password, '\0');
            return typed;
        }
        if (given != null && given.file != null) {
            return firstLine(given.file);
        }
        String value = environment.apply(ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /**
     * Answers with a copy of the password each time it is asked afresh (opening a project and running
     * it again are two openings), and gives up after a wrong answer: the password does not change.
     */
    private static PasswordSource source(char[] password) {
        return (file, wrongBefore) -> wrongBefore ? Optional.empty() : Optional.of(password.clone());
    }

    /** The first line of a UTF-8 file without its line break; the bytes read are wiped. */
    static char[] firstLine(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("Cannot read the password file " + file + ": " + reason(e), e);
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            if (end == start) {
                throw new IOException("The password file " + file + " holds no password: its first line is empty");
            }
            char[] line = new char[end - start];
            chars.get(start, line);
            return line;
        } catch (CharacterCodingException e) {
            throw new IOException("The password file " + file + " is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        return e.getMessage();
    }
}
