package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UserSettings;
import org.veil.ui.export.ExportSettings;
import org.veil.ui.export.ExportViewModel;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/** The audit trail through a whole session: import, change, run, export, save, and open again. */
class ProjectFilesAuditTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final BackgroundWork work = new BackgroundWork(tasks, dialogs);
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
    private final MainWindowViewModel viewModel = new MainWindowViewModel(workspace, anonymization, work,
            new ImportService(), new ProjectService(), dialogs, settings -> Optional.empty(), tasks,
            new RecentFiles(UserSettings.inMemory()));
    private final ExportViewModel exports = new ExportViewModel(workspace, anonymization, work, new ExportService(),
            dialogs, (options, summary) -> Optional.empty());

    private List<AuditKind> kinds() {
        return workspace.audit().entries().stream().map(AuditEntry::kind).toList();
    }

    @Test
    void aSessionIsRecordedSavedAndContinuedAfterOpening() throws Exception {
        viewModel.openSample();
        workspace.change("Set role of cost to Sensitive",
                ws -> ws.withConfiguration(ws.configuration().withRole("cost", AttributeRole.SENSITIVE)));
        anonymization.run();
        Path exported = folder.resolve("out.csv");
        exports.export(exports.dataToExport(), exported, new ExportSettings(FileFormat.CSV, CsvWriteOptions.defaults()));
        Path file = folder.resolve("study.veil");
        dialogs.choose(file);
        viewModel.saveAs();

        assertEquals(List.of(AuditKind.IMPORT, AuditKind.ROLE, AuditKind.RUN, AuditKind.EXPORT, AuditKind.SAVE),
                kinds());
        AuditEntry export = workspace.audit().entries().get(3);
        assertEquals("out.csv", export.details().get("file"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(exported))),
                export.details().get("sha256"));

        viewModel.open(file);

        assertEquals(List.of(AuditKind.IMPORT, AuditKind.ROLE, AuditKind.RUN, AuditKind.EXPORT, AuditKind.SAVE,
                AuditKind.OPEN), kinds());
        assertEquals("Audit trail intact (5 entries)", workspace.audit().entries().get(5).details().get("auditTrail"));
        assertTrue(workspace.audit().verify().intact());
        assertTrue(dialogs.warnings().isEmpty(), dialogs.warnings().toString());
    }
}
