package org.veil.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;
import org.veil.testing.Fixtures;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class ExportViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final BackgroundWork work = new BackgroundWork(new SameThreadTaskRunner(), dialogs);
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
    private Optional<ExportSettings> dialogChoice = Optional.of(new ExportSettings(FileFormat.CSV,
            CsvWriteOptions.defaults().withDelimiter(';')));
    private final ExportViewModel viewModel = new ExportViewModel(workspace, anonymization, work, new ExportService(),
            dialogs, (options, summary) -> {
                dialogSummary = summary;
                return dialogChoice;
            });
    private String dialogSummary;

    private void open(Path file) throws Exception {
        ImportService imports = new ImportService();
        InputSource source = InputSource.of(file);
        var dataset = imports.importDataset(new ImportRequest(source, imports.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        workspace.open(Workspace.of(dataset, source.name(), file));
    }

    @Test
    void exportsTheDataAsImportedBeforeAnyRunWithTheDialogsSettings() throws Exception {
        open(Fixtures.path("csv/comma.csv"));
        Path target = folder.resolve("out.csv");
        dialogs.choose(target);

        viewModel.exportWithDialog();

        assertEquals("name;age;zip;admitted", Files.readAllLines(target).get(0));
        assertEquals(4, Files.readAllLines(target).size());
        assertTrue(work.messageProperty().get().contains("Exported 3 rows to out.csv"), work.messageProperty().get());
        assertTrue(viewModel.summaryProperty().get().startsWith("Nothing is anonymized yet"));
        assertEquals(viewModel.summaryProperty().get(), dialogSummary, "the dialog says what it writes");
    }

    @Test
    void theExportDialogNamesTheSelectedSolutionItWrites() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        dialogChoice = Optional.empty();

        viewModel.exportWithDialog();

        assertTrue(dialogSummary.startsWith("The selected solution {zip=2, birth_date=4, sex=0, ethnicity=1}: 20,000"
                + " rows, of which 425 suppressed"), dialogSummary);
    }

    @Test
    void exportsTheSelectedAnonymizedOutputWithTheStepsOptions() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        Path target = folder.resolve("anonymized.xlsx");
        viewModel.options().formatProperty().set(FileFormat.XLSX);
        dialogs.choose(target);

        viewModel.exportWithOptions();

        assertEquals(FileFormat.XLSX, FileFormat.of(InputSource.of(target)));
        assertTrue(viewModel.summaryProperty().get().contains("identifiers removed: name, ssn, email, phone"),
                viewModel.summaryProperty().get());
        var written = new ImportService().importDataset(new ImportRequest(InputSource.of(target),
                new ImportService().detect(InputSource.of(target))), ProgressListener.NONE, CancellationToken.NONE)
                .dataset();
        assertFalse(written.hasColumn("ssn"), "identifiers are not exported");
        assertEquals(anonymization.selectedProperty().get().output().rowCount(), written.rowCount());
    }

    @Test
    void refusesToExportOverTheInputFile() throws Exception {
        Path input = folder.resolve("input.csv");
        Files.writeString(input, "a,b\n1,2\n");
        open(input);
        dialogs.choose(input);

        viewModel.exportWithDialog();

        assertEquals("a,b\n1,2\n", Files.readString(input), "the input is untouched");
        assertEquals("Export failed", dialogs.errors().get(0).title());
        assertTrue(dialogs.errors().get(0).text().contains("refusing to write over the input file"));
    }

    @Test
    void doesNotExportWhenTheUserCancelsTheDialog() throws Exception {
        dialogChoice = Optional.empty();
        open(Fixtures.path("csv/comma.csv"));
        dialogs.choose(folder.resolve("never.csv"));
        viewModel.exportWithDialog();
        assertFalse(Files.exists(folder.resolve("never.csv")));
        assertEquals(List.of(), dialogs.messages());
    }
}
