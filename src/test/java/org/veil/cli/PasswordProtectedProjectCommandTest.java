package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;

/**
 * {@code veil verify} and {@code veil run} on password-protected projects: the password from a file,
 * the environment or the prompt; none, a wrong one, and one a plain project does not need.
 */
class PasswordProtectedProjectCommandTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final String PASSWORD = "s3cret pass";
    private static final String HINT = " is password-protected: give --password (prompt), --password-file FILE or"
            + " VEIL_PASSWORD";

    @TempDir
    Path dir;

    /**
     * The shipped sample project encrypted as {@link ProjectService#save} encrypts it (its archive's
     * bytes unchanged, audit trail and recorded export included), its data beside it.
     */
    private Path encryptedSample() throws Exception {
        Path project = dir.resolve("patients.veil");
        Files.write(project, ProjectEncryption.encrypt(Files.readAllBytes(HEALTH.resolve("patients.veil")),
                PASSWORD.toCharArray()));
        Files.copy(HEALTH.resolve("patients.csv"), dir.resolve("patients.csv"));
        return project;
    }

    /** The sample workspace with its data embedded, saved with {@code password} (null: plain). */
    private Path savedSample(String name, String password) throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Workspace embedded = new Workspace(sample.dataset(), sample.sourceName(), null, sample.configuration(),
                sample.readOptions());
        Path project = dir.resolve(name);
        new ProjectService().save(embedded, Map.of(), "", project, password == null ? null : password.toCharArray());
        return project;
    }

    private Path passwordFile(String content) throws Exception {
        Path file = dir.resolve("password-" + content.hashCode() + ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertNoStackTrace(CommandRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.toString());
    }

    // veil verify

    @Test
    void verifyReadsThePasswordFromTheFirstLineOfThePasswordFile() throws Exception {
        Path project = encryptedSample();
        Path file = passwordFile(PASSWORD + "\nthe second line is not part of it\n");

        CommandRun run = CommandRun.withEnvironment(Map.of(), "verify", project.toString(), "--password-file",
                file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("ok      The project reads: patients.csv"), run.out());
        assertTrue(run.out().contains("ok      Audit trail intact (4 entries)"), run.out());
        assertTrue(run.out().contains("ok      Running the project again reproduces the exported output"), run.out());
        assertTrue(run.out().strip().endsWith("Verified: every check holds."), run.out());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void verifyWithAWrongPasswordSaysSoAndExitsWith2() throws Exception {
        Path project = encryptedSample();
        Path file = passwordFile("not the password\n");

        CommandRun run = CommandRun.withEnvironment(Map.of(), "verify", project.toString(), "--password-file",
                file.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("wrong password for " + project + " (from --password-file " + file + ")"),
                run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertNoStackTrace(run);
    }

    @Test
    void verifyWithoutAnyPasswordSaysHowToGiveOne() throws Exception {
        Path project = encryptedSample();

        CommandRun run = CommandRun.withEnvironment(Map.of(), "verify", project.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertEquals(project + HINT, run.err().strip(), run.toString());
        assertEquals("", run.out(), run.toString());
    }

    @Test
    void verifyAsksForThePasswordWithPasswordAndReadsStandardInputWithoutAConsole() throws Exception {
        assumeTrue(System.console() == null, "picocli reads from the console, not System.in, when there is one");
        Path project = encryptedSample();

        CommandRun run = CommandRun.withInput(PASSWORD + "\n", "verify", "--password", project.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Password of the project: "), run.out());
        assertTrue(run.out().strip().endsWith("Verified: every check holds."), run.out());
    }

    @Test
    void aWrongPasswordTypedAtThePromptIsAWrongPassword() throws Exception {
        assumeTrue(System.console() == null, "picocli reads from the console, not System.in, when there is one");
        Path project = encryptedSample();

        CommandRun run = CommandRun.withInput("guess\n", "verify", "--password", project.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("wrong password for " + project + " (typed at the prompt)"), run.toString());
        assertNoStackTrace(run);
    }

    @Test
    void passwordTakesNoValueOnTheCommandLine() throws Exception {
        Path project = encryptedSample();

        CommandRun run = CommandRun.withInput("", "verify", project.toString(), "--password=" + PASSWORD);

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertFalse(run.out().contains("Verified"), run.toString());
    }

    @Test
    void passwordAndPasswordFileAreMutuallyExclusive() throws Exception {
        Path project = encryptedSample();
        Path file = passwordFile(PASSWORD);

        CommandRun run = CommandRun.withInput(PASSWORD + "\n", "verify", project.toString(), "--password",
                "--password-file", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("mutually exclusive"), run.toString());
    }

    @Test
    void aPlainProjectDoesNotNeedThePasswordGiven() throws Exception {
        Path file = passwordFile("any password\n");

        CommandRun run = CommandRun.withEnvironment(Map.of("VEIL_PASSWORD", "other"), "verify",
                HEALTH.resolve("patients.veil").toString(), "--password-file", file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void anUnreadablePasswordFileIsABadArgument() throws Exception {
        Path project = encryptedSample();
        Path missing = dir.resolve("no-such-password.txt");
        Path empty = passwordFile("\nsecond line\n");

        CommandRun none = CommandRun.withEnvironment(Map.of(), "verify", project.toString(), "--password-file",
                missing.toString());
        CommandRun blank = CommandRun.withEnvironment(Map.of(), "verify", project.toString(), "--password-file",
                empty.toString());

        assertEquals(ExitCodes.BAD_INPUT, none.exitCode(), none.toString());
        assertEquals("Cannot read the password file " + missing + ": no such file", none.err().strip());
        assertEquals(ExitCodes.BAD_INPUT, blank.exitCode(), blank.toString());
        assertTrue(blank.err().contains("its first line is empty"), blank.toString());
    }

    // veil run

    @Test
    void runTakesThePasswordFromVeilPasswordAndWritesWhatThePlainProjectWrites() throws Exception {
        Path encrypted = savedSample("secret.veil", PASSWORD);
        Path plain = savedSample("plain.veil", null);
        Path out = dir.resolve("out.csv");
        Path expected = dir.resolve("expected.csv");

        CommandRun run = CommandRun.withEnvironment(Map.of("VEIL_PASSWORD", PASSWORD), "run", encrypted.toString(),
                "--output", out.toString());
        CommandRun reference = CommandRun.withEnvironment(Map.of(), "run", plain.toString(), "--output",
                expected.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(ExitCodes.OK, reference.exitCode(), reference.toString());
        assertTrue(run.out().contains("(embedded)"), run.toString());
        assertEquals("", run.err(), run.toString());
        assertEquals(-1, Files.mismatch(out, expected), "the encrypted project releases what the plain one does");
    }

    @Test
    void runWithAWrongVeilPasswordSaysWhereThePasswordCameFrom() throws Exception {
        Path encrypted = savedSample("secret.veil", PASSWORD);
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.withEnvironment(Map.of("VEIL_PASSWORD", "wrong"), "run", encrypted.toString(),
                "--output", out.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("wrong password for " + encrypted + " (from VEIL_PASSWORD)"), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertNoStackTrace(run);
        assertFalse(Files.exists(out));
    }

    @Test
    void runWithoutAnyPasswordSaysHowToGiveOneAndWritesNothing() throws Exception {
        Path encrypted = savedSample("secret.veil", PASSWORD);
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.withEnvironment(Map.of("VEIL_PASSWORD", ""), "run", encrypted.toString(),
                "--output", out.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertEquals(encrypted + HINT, run.err().strip(), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPasswordFileComesBeforeVeilPassword() throws Exception {
        Path encrypted = savedSample("secret.veil", PASSWORD);
        Path file = passwordFile("\uFEFF" + PASSWORD + "\r\n");
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.withEnvironment(Map.of("VEIL_PASSWORD", "wrong"), "run", encrypted.toString(),
                "--output", out.toString(), "--password-file", file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(Files.exists(out));
    }

    // usage help

    @Test
    void theUsageHelpOfBothCommandsDescribesThePasswordOptionsAndVeilPassword() {
        for (String command : List.of("run", "verify")) {
            CommandRun help = CommandRun.of(command, "--help");

            assertEquals(ExitCodes.OK, help.exitCode(), help.toString());
            assertTrue(help.out().contains("--password "), help.out());
            assertTrue(help.out().contains("--password-file=FILE"), help.out());
            assertTrue(help.out().contains("readable only by you"), help.out());
            assertTrue(help.out().contains("Environment:"), help.out());
            assertTrue(help.out().contains("VEIL_PASSWORD"), help.out());
        }
    }

    // the mixin itself

    @Test
    void thePasswordIsAnsweredAfreshForEachOpeningGivenUpAfterAWrongOneAndWipedAfterwards() {
        PasswordOptions options = new PasswordOptions(Map.of("VEIL_PASSWORD", PASSWORD)::get);
        List<PasswordSource> sources = new ArrayList<>();
        List<Optional<char[]>> answers = new ArrayList<>();

        int exit = options.withPassword(new PrintWriter(new StringWriter()), source -> {
            sources.add(source);
            answers.add(source.password("p.veil", false));
            answers.add(source.password("p.veil", false));
            answers.add(source.password("p.veil", true));
            return 7;
        });

        assertEquals(7, exit);
        assertArrayEquals(PASSWORD.toCharArray(), answers.get(0).orElseThrow());
        assertArrayEquals(PASSWORD.toCharArray(), answers.get(1).orElseThrow());
        assertTrue(answers.get(0).get() != answers.get(1).get(), "each answer is a copy the caller may wipe");
        assertTrue(answers.get(2).isEmpty(), "gives up after a wrong answer");
        char[] after = sources.get(0).password("p.veil", false).orElseThrow();
        assertArrayEquals(new char[PASSWORD.length()], after, "the password is wiped once the work is done");
    }

    @Test
    void withoutAnyPasswordTheSourceHasNone() {
        PasswordOptions options = new PasswordOptions(name -> null);
        List<PasswordSource> sources = new ArrayList<>();

        options.withPassword(new PrintWriter(new StringWriter()), source -> {
            sources.add(source);
            return 0;
        });

        assertTrue(sources.get(0).password("p.veil", false).isEmpty());
    }

    @Test
    void thePasswordFilesFirstLineLosesItsByteOrderMarkAndLineBreak() throws Exception {
        assertArrayEquals("pw ü".toCharArray(), PasswordOptions.firstLine(passwordFile("\uFEFFpw ü\r\nnext")));
        assertArrayEquals("last".toCharArray(), PasswordOptions.firstLine(passwordFile("last")));
    }
}
