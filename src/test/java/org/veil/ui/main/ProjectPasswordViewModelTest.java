package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.ScriptedDialogService.Message;

/** Password-protected projects from the main window: Save As offers protection, opening asks. */
class ProjectPasswordViewModelTest {

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();

    /** A main window of its own, as in a new session. */
    private final class Session extends MainWindowSession {

        Session() {
            super(projects);
        }

        void setRole(String column, AttributeRole role) {
            workspace.change("Set role of " + column,
                    ws -> ws.withConfiguration(ws.configuration().withRole(column, role)));
        }

        List<Message> passwordPrompts() {
            return dialogs.messages().stream()
                    .filter(m -> m.kind().endsWith("password") || m.kind().equals("save-options")).toList();
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
    void saveAsWithAPasswordEncryptsAndLaterSavesKeepTheSamePassword() throws Exception {
        Session session = new Session();
        session.viewModel.openSample();
        Path file = folder.resolve("secret.veil");
        session.dialogs.choose(file).password("pw-1");

        session.viewModel.saveAs();

        assertEquals(List.of(), session.dialogs.errors());
        assertEquals("save-options", session.passwordPrompts().get(0).kind(), "Save As asks for a new password");
        assertTrue(ProjectEncryption.isEncrypted(Files.readAllBytes(file)));
        assertTrue(opensWith(file, "pw-1"));
        assertFalse(opensWith(file, "pw-2"));

        session.setRole("cost", AttributeRole.SENSITIVE);
        session.viewModel.save();

        assertEquals(1, session.passwordPrompts().size(), "Save asks no password again");
        assertTrue(ProjectEncryption.isEncrypted(Files.readAllBytes(file)));
        assertTrue(opensWith(file, "pw-1"));
        assertEquals("secret.veil — Veil", session.viewModel.titleProperty().get());
    }

    @Test
    void anEmptyPasswordSavesUnprotectedAndCancelSavesNothing() throws Exception {
        Session session = new Session();
        session.viewModel.openSample();
        Path cancelled = folder.resolve("cancelled.veil");
        session.dialogs.choose(cancelled).cancelPassword();
        session.viewModel.saveAs();
        assertFalse(Files.exists(cancelled));

        Path plain = folder.resolve("plain.veil");
        session.dialogs.choose(plain).password("");
        session.viewModel.saveAs();

        assertFalse(ProjectEncryption.isEncrypted(Files.readAllBytes(plain)));
        assertEquals("plain.veil — Veil", session.viewModel.titleProperty().get());
    }

    @Test
    void openingAsksForThePasswordAgainAfterAWrongOneAndKeepsTheRightOneForSaving() throws Exception {
        Session saving = new Session();
        saving.viewModel.openSample();
        saving.setRole("cost", AttributeRole.SENSITIVE);
        Path file = folder.resolve("secret.veil");
        saving.dialogs.choose(file).password("right");
        saving.viewModel.saveAs();

        Session opening = new Session();
        opening.dialogs.password("wrong").password("right");
        opening.viewModel.open(file);

        assertEquals(List.of(), opening.dialogs.errors());
        List<Message> prompts = opening.passwordPrompts();
        assertEquals(2, prompts.size());
        assertEquals("password", prompts.get(0).kind());
        assertEquals("Password for secret.veil", prompts.get(0).title());
        assertEquals("Wrong password", prompts.get(1).text());
        assertEquals("secret.veil — Veil", opening.viewModel.titleProperty().get());
        assertEquals(AttributeRole.SENSITIVE, opening.workspace.get().configuration().role("cost"));
        for (char[] given : opening.dialogs.passwordsGiven()) {
            assertEquals(given.length, new String(given).chars().filter(c -> c == 0).count(), "wiped");
        }

        opening.setRole("cost", AttributeRole.INSENSITIVE);
        opening.viewModel.save();
        assertEquals(2, opening.passwordPrompts().size(), "Save reuses the password the project opened with");
        assertTrue(opensWith(file, "right"));
    }

    @Test
    void cancellingThePasswordDialogAbortsTheOpeningCleanly() throws Exception {
        Session saving = new Session();
        saving.viewModel.openSample();
        Path file = folder.resolve("secret.veil");
        saving.dialogs.choose(file).password("right");
        saving.viewModel.saveAs();

        Session opening = new Session();
        opening.dialogs.password("wrong").cancelPassword();
        opening.viewModel.open(file);

        assertEquals(List.of(), opening.dialogs.errors(), "no error for a cancel");
        assertNull(opening.workspace.get(), "nothing was opened");
        assertFalse(opening.work.busyProperty().get());
        assertTrue(opening.work.messageProperty().get().contains("cancelled"),
                opening.work.messageProperty().get());
    }
}
