package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.crypto.ProjectEncryption;

/** Verifying and replaying password-protected projects through the service, with and without the password. */
class ProjectVerificationPasswordTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final String PASSWORD = "right";

    @TempDir
    Path folder;

    /** The sample project (with its recorded export) encrypted, its data beside it. */
    private Path encryptedSample() throws Exception {
        Path project = folder.resolve("patients.veil");
        Files.write(project, ProjectEncryption.encrypt(Files.readAllBytes(HEALTH.resolve("patients.veil")),
                PASSWORD.toCharArray()));
        Files.copy(HEALTH.resolve("patients.csv"), folder.resolve("patients.csv"));
        return project;
    }

    @Test
    void withThePasswordEveryCheckHoldsIncludingTheReRun() throws Exception {
        Path project = encryptedSample();
        List<Boolean> asked = new ArrayList<>();

        ProjectVerification.Result result = new ProjectVerification().verify(project, null, (file, wrongBefore) -> {
            asked.add(wrongBefore);
            return wrongBefore ? java.util.Optional.empty() : java.util.Optional.of(PASSWORD.toCharArray());
        }, ProgressListener.NONE, CancellationToken.NONE);

        assertTrue(result.allHold(), result.toString());
        assertTrue(result.checks().stream().anyMatch(c -> c.text().startsWith("Running the project again reproduces")),
                result.toString());
        assertEquals(List.of(false, false), asked, "asked once to open it and once to run it again");
    }

    @Test
    void withoutAPasswordOrWithAWrongOneTheProjectStaysLocked() throws Exception {
        Path project = encryptedSample();
        ProjectVerification verification = new ProjectVerification();

        ProjectLockedException none = assertThrows(ProjectLockedException.class, () -> verification.verify(project,
                null, PasswordSource.NONE, ProgressListener.NONE, CancellationToken.NONE));
        ProjectLockedException wrong = assertThrows(ProjectLockedException.class, () -> verification.verify(project,
                null, PasswordSource.of("wrong".toCharArray()), ProgressListener.NONE, CancellationToken.NONE));

        assertEquals(ProjectLockedException.Reason.PASSWORD_REQUIRED, none.reason());
        assertEquals(ProjectLockedException.Reason.WRONG_PASSWORD, wrong.reason());
        assertEquals(project, wrong.project());
    }

    @Test
    void theOverloadWithoutPasswordsStillReportsAnEncryptedProjectAsUnreadable() throws Exception {
        Path project = encryptedSample();

        ProjectVerification.Result result = new ProjectVerification().verify(project, null, ProgressListener.NONE,
                CancellationToken.NONE);

        assertFalse(result.allHold());
        assertEquals(1, result.checks().size(), result.toString());
        assertEquals("The project cannot be read: the project patients.veil is protected by a password; open it with"
                + " its password", result.checks().get(0).text());
    }

    @Test
    void aPasswordSourceIsNeverAskedForAPlainProject() {
        ProjectVerification.Result result;
        try {
            result = new ProjectVerification().verify(HEALTH.resolve("patients.veil"), null, (file, wrongBefore) -> {
                throw new AssertionError("asked for a password");
            }, ProgressListener.NONE, CancellationToken.NONE);
        } catch (ProjectLockedException e) {
            throw new AssertionError(e);
        }
        assertTrue(result.allHold(), result.toString());
    }

    @Test
    void theReplayTellsAMissingFromAWrongPassword() throws Exception {
        Path project = encryptedSample();
        ProjectReplay replay = new ProjectReplay();
        Path out = folder.resolve("out.csv");

        ReplayException none = assertThrows(ReplayException.class, () -> replay.replay(project, null, out, w -> { },
                ProgressListener.NONE, CancellationToken.NONE));
        ReplayException wrong = assertThrows(ReplayException.class, () -> replay.replay(project, null,
                PasswordSource.of("wrong".toCharArray()), out, w -> { }, ProgressListener.NONE,
                CancellationToken.NONE));
        ProjectReplay.Replayed done = replay.replay(project, null, PasswordSource.of(PASSWORD.toCharArray()), out,
                w -> { }, ProgressListener.NONE, CancellationToken.NONE);

        assertEquals(ReplayException.Kind.PASSWORD_REQUIRED, none.kind());
        assertEquals(ReplayException.Kind.WRONG_PASSWORD, wrong.kind());
        assertEquals(Map.of("zip", 2, "birth_date", 4, "sex", 0, "ethnicity", 1), done.transformation());
        assertTrue(Files.exists(out));
    }
}
