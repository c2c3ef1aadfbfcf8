package org.veil.ui.hipaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hipaa.IdentifierKind;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.service.hipaa.ReviewedFinding;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.workspace.WorkspaceModel;

/** The Safe Harbor check on the sample patients as imported, before any role is set. */
class SafeHarborViewModelTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private SafeHarborViewModel viewModel;

    @BeforeEach
    void openRawPatients() throws Exception {
        ImportService imports = new ImportService();
        InputSource source = SampleData.source(SampleData.HEALTH);
        Dataset data = imports.importDataset(new ImportRequest(source, imports.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        workspace.open(new Workspace(data, "patients.csv", null, Configuration.initial(data)));
        viewModel = new SafeHarborViewModel(workspace, new SameThreadTaskRunner(), new ScriptedDialogService());
    }

    private ReviewedFinding finding(String column) {
        return viewModel.findings().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void flagsTheIdentifiersOfThePatientsAndSaysHowManyNeedAction() {
        assertEquals(IdentifierKind.SOCIAL_SECURITY, finding("ssn").finding().kind());
        assertTrue(finding("email").needsAction());
        assertTrue(viewModel.findings().stream().noneMatch(f -> f.column().equals("sex")));
        assertTrue(viewModel.summaryProperty().get().endsWith(viewModel.open().size() + " need action."),
                viewModel.summaryProperty().get());
    }

    @Test
    void aFixIsAnUndoableChangeAndTheCheckFollowsIt() {
        viewModel.fix(finding("ssn"));

        assertEquals(AttributeRole.IDENTIFYING, workspace.get().configuration().role("ssn"));
        assertEquals(ReviewedFinding.Status.REMOVED, finding("ssn").status());
        assertEquals("Remove ssn (Safe Harbor)", workspace.undo().undoDescriptionProperty().get());

        workspace.undo().undo();
        assertTrue(finding("ssn").needsAction());
    }

    @Test
    void fixingAllLeavesNothingOpenAndGeneralizesTheDatesWithAHierarchy() {
        viewModel.fixAll();

        assertTrue(viewModel.open().isEmpty(), viewModel.open().toString());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, workspace.get().configuration().role("birth_date"));
        assertTrue(workspace.get().configuration().hierarchy("birth_date") != null);
        assertEquals("Fix all Safe Harbor findings", workspace.undo().undoDescriptionProperty().get());
    }
}
