package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.ProjectArchive;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.Workspace;
import org.veil.testing.Fixtures;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.ScriptedDialogService.Message;
import org.veil.ui.common.UserSettings;

/** Recovery copies of unsaved work, ticked by hand, with the real project service on temporary folders. */
class RecoveryCopiesTest {

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();
    private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    private Path recoveryFolder;
    private Path data;

    @BeforeEach
    void data() throws Exception {
        recoveryFolder = folder.resolve("app-data").resolve("recovery");
        data = folder.resolve("patients.csv");
        Files.copy(Fixtures.path("csv/comma.csv"), data);
    }

    /** A scheduler that ticks when the test says an interval passed. */
    private static final class ManualScheduler implements RecoveryCopies.Scheduler {
        Duration period;
        Runnable tick;
        boolean stopped;

        @Override
        public Runnable every(Duration period, Runnable tick) {
            this.period = period;
            this.tick = tick;
            return () -> stopped = true;
        }

        void intervalPasses() {
            if (!stopped) {
                tick.run();
            }
        }
    }

    /** A session of the workbench: main window, recovery copies, scripted dialogs. */
    private final class Session extends MainWindowSession {
        final RecoveryCopies recovery = new RecoveryCopies(viewModel, projects, tasks, dialogs, recoveryFolder,
                RecoveryCopies.DEFAULT_INTERVAL, clock);
        final ManualScheduler scheduler = new ManualScheduler();

        Session() {
            super(projects, settings -> {
                try {
                    return Optional.of(settings.toRequest());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            recovery.start(scheduler);
        }

        Session withData() {
            viewModel.open(data);
            assertNotNull(workspace.get());
            return this;
        }

        void setRole(String column, AttributeRole role) {
            workspace.change("Set role of " + column,
                    ws -> ws.withConfiguration(ws.configuration().withRole(column, role)));
        }

        Path copy() {
            return recovery.file();
        }
    }

    private boolean opensWith(Path file, String password) {
        try {
            projects.open(file, ProgressListener.NONE, CancellationToken.NONE,
                    PasswordSource.of(password.toCharArray()));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aCopyIsWrittenAfterChangesWhenTheIntervalPassesWithTheDataByReference() throws Exception {
        Session session = new Session().withData();
        assertEquals(Duration.ofMinutes(3), session.scheduler.period);
        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        assertFalse(Files.exists(session.copy()), "not before the interval passes");

        session.scheduler.intervalPasses();

        assertEquals(recoveryFolder.resolve("recovery.veil"), session.copy());
        assertTrue(Files.isRegularFile(session.copy()));
        try (InputStream in = Files.newInputStream(session.copy())) {
            ProjectArchive archive = ProjectArchive.read(in);
            assertTrue(archive.attachments().isEmpty(), "the data is not copied");
            assertNull(archive.document().data().embedded());
            assertEquals(data.toAbsolutePath().toString().replace('\\', '/'), archive.document().data().file());
        }
        var reopened = projects.open(session.copy(), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(AttributeRole.QUASI_IDENTIFYING, reopened.workspace().configuration().role("zip"));
        assertEquals(session.workspace.audit(), reopened.audit(), "the trail as it is, no save recorded");
        assertTrue(session.workspace.undo().dirtyProperty().get());
        assertEquals(List.of(), session.dialogs.messages());
    }

    @Test
    void noCopyWithoutChangesNorOfDataFromNoFile() throws Exception {
        Session session = new Session().withData();
        session.scheduler.intervalPasses();
        assertFalse(Files.exists(session.copy()), "nothing unsaved");

        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        session.workspace.undo().undo();
        session.scheduler.intervalPasses();
        assertFalse(Files.exists(session.copy()), "undone back to the opened state");

        Session fromNoFile = new Session().withData(); // e.g. the sample as bundled: read from a resource
        fromNoFile.workspace.open(Workspace.of(fromNoFile.workspace.get().dataset(), "sample", null));
        fromNoFile.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        assertTrue(fromNoFile.workspace.undo().dirtyProperty().get());
        fromNoFile.scheduler.intervalPasses();
        assertFalse(Files.exists(fromNoFile.copy()), "its data would have to be embedded");
        assertFalse(Files.exists(recoveryFolder) && Files.list(recoveryFolder).findAny().isPresent());
    }

    @Test
    void theCopyIsDeletedAfterASaveAndOnANormalClose() throws Exception {
        Session session = new Session().withData();
        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        session.scheduler.intervalPasses();
        assertTrue(Files.exists(session.copy()));

        session.dialogs.choose(folder.resolve("project.veil")).password("");
        session.viewModel.save();

        assertFalse(session.workspace.undo().dirtyProperty().get());
        assertFalse(Files.exists(session.copy()), "deleted on a clean save");

        session.setRole("age", AttributeRole.QUASI_IDENTIFYING);
        session.scheduler.intervalPasses();
        assertTrue(Files.exists(session.copy()));
        session.recovery.close();
        assertFalse(Files.exists(session.copy()), "deleted on a normal close");
        assertTrue(session.scheduler.stopped);
        session.scheduler.tick.run();
        assertFalse(Files.exists(session.copy()), "no copy after the close");
        assertEquals(List.of(), Files.list(recoveryFolder).toList(), "no temporary file left either");
    }

    @Test
    void aCopyLeftByACrashIsOfferedAndOpenedAsUnsavedWork() throws Exception {
        Session crashed = new Session().withData();
        crashed.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        crashed.scheduler.intervalPasses();
        Files.setLastModifiedTime(crashed.copy(), FileTime.from(Instant.parse("2024-05-01T09:41:00Z")));

        Session next = new Session();
        next.dialogs.answer(true);
        assertTrue(next.recovery.offerRecovery());

        Message asked = next.dialogs.messages().get(0);
        assertEquals(new Message("confirm", "Recover unsaved work?",
                "Veil did not close normally. Open the copy of your unsaved work from 09:41?"), asked);
        assertEquals(List.of(), next.dialogs.errors());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, next.workspace.get().configuration().role("zip"));
        assertEquals(data, next.workspace.get().inputFile());
        assertNull(next.workspace.projectFileProperty().get(), "not saved anywhere yet");
        assertEquals("patients.csv • — Veil", next.viewModel.titleProperty().get());
        assertTrue(next.viewModel.recentFiles().files().isEmpty(), "the copy is no recent file");

        next.scheduler.intervalPasses();
        assertTrue(Files.exists(next.copy()), "the recovered work is kept until saved");

        Path saved = folder.resolve("saved.veil");
        next.dialogs.choose(saved).password("");
        next.viewModel.save();
        assertTrue(next.dialogs.messages().stream().anyMatch(m -> m.kind().equals("save-options")),
                "Save asked where, as Save As");
        assertTrue(Files.exists(saved));
        assertEquals("saved.veil — Veil", next.viewModel.titleProperty().get());
        assertFalse(Files.exists(next.copy()));
    }

    @Test
    void aDeclinedCopyIsDeleted() throws Exception {
        Session crashed = new Session().withData();
        crashed.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        crashed.scheduler.intervalPasses();

        Session next = new Session();
        next.dialogs.answer(false);
        assertFalse(next.recovery.offerRecovery());

        assertFalse(Files.exists(next.copy()));
        assertNull(next.workspace.get());
        assertFalse(new Session().recovery.offerRecovery(), "nothing more to offer");
    }

    @Test
    void nothingIsOfferedAfterANormalClose() {
        Session closed = new Session().withData();
        closed.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        closed.scheduler.intervalPasses();
        closed.recovery.close();

        Session next = new Session();
        assertFalse(next.recovery.offerRecovery());
        assertEquals(List.of(), next.dialogs.messages());
    }

    @Test
    void theCopyOfAnEncryptedProjectIsEncryptedWithTheSessionPassword() throws Exception {
        Session session = new Session().withData();
        session.dialogs.choose(folder.resolve("secret.veil")).password("pw-1");
        session.viewModel.saveAs();
        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);

        session.scheduler.intervalPasses();

        byte[] copy = Files.readAllBytes(session.copy());
        assertTrue(ProjectEncryption.isEncrypted(copy), "never a plain copy of an encrypted project");
        assertTrue(opensWith(session.copy(), "pw-1"));
        assertFalse(opensWith(session.copy(), "other"));

        Session next = new Session();
        next.dialogs.answer(true).password("pw-1");
        assertTrue(next.recovery.offerRecovery());
        assertEquals(List.of(), next.dialogs.errors());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, next.workspace.get().configuration().role("zip"));
        next.setRole("age", AttributeRole.QUASI_IDENTIFYING);
        next.scheduler.intervalPasses();
        assertTrue(ProjectEncryption.isEncrypted(Files.readAllBytes(next.copy())), "and so are later copies");
        assertTrue(opensWith(next.copy(), "pw-1"));
    }

    @Test
    void theIntervalComesFromTheSettings() {
        UserSettings settings = UserSettings.inMemory();
        assertEquals(Duration.ofMinutes(3), RecoveryCopies.interval(settings));
        settings.put(RecoveryCopies.INTERVAL_SETTING, "10");
        assertEquals(Duration.ofMinutes(10), RecoveryCopies.interval(settings));
        settings.put(RecoveryCopies.INTERVAL_SETTING, "soon");
        assertEquals(Duration.ofMinutes(3), RecoveryCopies.interval(settings));
    }
}
