package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvReadOptions;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.crypto.ProjectEncryption;
import org.veil.service.ImportRequest;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.ScriptedDialogService.SaveQuestion;

/**
 * Save As asks whether to include the data (off by default); the choice sticks for later saves, and
 * a project opened with its data embedded keeps it embedded.
 */
class ProjectDataEmbeddingViewModelTest {

    private static final String CSV = "name;zip;age\nAnn;10001;34\nBen;10002;NA\n";

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();

    /** A main window of its own, as in a new session. */
    private final class Session extends MainWindowSession {

        Session() {
            super(projects);
        }

        Session importing(Path data) {
            viewModel.runImport(new ImportRequest(InputSource.of(data),
                    CsvReadOptions.defaults().withDelimiter(';').withMissingTokens(Set.of("NA"))));
            return this;
        }

        void setRole(String column, AttributeRole role) {
            workspace.change("Set role of " + column,
                    ws -> ws.withConfiguration(ws.configuration().withRole(column, role)));
        }

        AuditEntry lastSave() {
            List<AuditEntry> saves = workspace.audit().entries().stream()
                    .filter(entry -> entry.kind() == AuditKind.SAVE).toList();
            return saves.get(saves.size() - 1);
        }
    }

    /** The project's ZIP entries by name, decrypted first with {@code password} if given. */
    private static List<String> entryNames(Path project, String password) throws Exception {
        byte[] bytes = Files.readAllBytes(project);
        byte[] zip = password == null ? bytes : ProjectEncryption.decrypt(bytes, password.toCharArray());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static byte[] entry(Path project, String password, String name) throws Exception {
        byte[] zip = ProjectEncryption.decrypt(Files.readAllBytes(project), password.toCharArray());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    @Test
    void choosingToEmbedWithAPasswordSavesTheDataEncryptedAndLaterSavesKeepEmbeddingIt() throws Exception {
        Path data = Files.writeString(folder.resolve("people.csv"), CSV, StandardCharsets.UTF_8);
        Session session = new Session().importing(data);
        Path project = folder.resolve("people.veil");
        session.dialogs.choose(project).password("pw-1").embedData(true);

        session.viewModel.saveAs();

        assertEquals(List.of(), session.dialogs.errors());
        assertEquals(List.of(new SaveQuestion("Save people.veil", false, true)), session.dialogs.saveQuestions(),
                "one dialog, the data not included by default");
        assertTrue(ProjectEncryption.isEncrypted(Files.readAllBytes(project)));
        assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), entry(project, "pw-1", "data/people.csv"));
        assertEquals("embedded", session.lastSave().details().get("data"));

        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        session.viewModel.save();

        assertEquals(1, session.dialogs.saveQuestions().size(), "Save asks nothing again");
        assertTrue(entryNames(project, "pw-1").contains("data/people.csv"), "still embedded");
        assertEquals("embedded", session.lastSave().details().get("data"));

        Files.delete(data);
        Session reopened = new Session();
        reopened.dialogs.password("pw-1");
        reopened.viewModel.open(project);
        assertEquals(List.of(), reopened.dialogs.errors());
        assertNull(reopened.workspace.get().inputFile());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, reopened.workspace.get().configuration().role("zip"));

        reopened.setRole("age", AttributeRole.SENSITIVE);
        reopened.viewModel.save();
        assertEquals(List.of(), reopened.dialogs.errors());
        assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), entry(project, "pw-1", "data/people.csv"),
                "the original bytes again");

        reopened.dialogs.choose(folder.resolve("copy.veil")).password("pw-2");
        reopened.viewModel.saveAs();
        assertEquals(new SaveQuestion("Save copy.veil", true, false), reopened.dialogs.saveQuestions().get(0),
                "data without a file of its own is always included");
        assertTrue(entryNames(folder.resolve("copy.veil"), "pw-2").contains("data/people.csv"));
    }

    @Test
    void byDefaultTheDataIsReferencedAndStaysSo() throws Exception {
        Path data = Files.writeString(folder.resolve("people.csv"), CSV, StandardCharsets.UTF_8);
        Session session = new Session().importing(data);
        Path project = folder.resolve("people.veil");
        session.dialogs.choose(project);

        session.viewModel.saveAs();

        assertFalse(ProjectEncryption.isEncrypted(Files.readAllBytes(project)));
        assertTrue(entryNames(project, null).stream().noneMatch(name -> name.startsWith("data/")));
        assertEquals("referenced", session.lastSave().details().get("data"));

        session.setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        session.viewModel.save();
        assertTrue(entryNames(project, null).stream().noneMatch(name -> name.startsWith("data/")));
        assertEquals("referenced", session.lastSave().details().get("data"));

        Session reopened = new Session();
        reopened.viewModel.open(project);
        reopened.dialogs.choose(folder.resolve("again.veil"));
        reopened.viewModel.saveAs();
        assertEquals(new SaveQuestion("Save again.veil", false, true), reopened.dialogs.saveQuestions().get(0));
        assertTrue(entryNames(folder.resolve("again.veil"), null).stream().noneMatch(n -> n.startsWith("data/")));
    }

    @Test
    void dataReadFromNoFileIsAlwaysIncluded() throws Exception {
        Session session = new Session();
        session.viewModel.runImport(new ImportRequest(InputSource.ofBytes("pasted.csv",
                CSV.getBytes(StandardCharsets.UTF_8)), CsvReadOptions.defaults().withDelimiter(';')));
        Path project = folder.resolve("pasted.veil");
        session.dialogs.choose(project).embedData(false);

        session.viewModel.saveAs();

        assertEquals(List.of(new SaveQuestion("Save pasted.veil", true, false)), session.dialogs.saveQuestions(),
                "ticked, and the real dialog disables the box");
        assertTrue(entryNames(project, null).contains("data/pasted.csv"));
        assertEquals("embedded", session.lastSave().details().get("data"));
    }
}
