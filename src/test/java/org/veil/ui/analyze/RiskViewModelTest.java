package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.SampleProject;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class AnalyzeViewModelTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace,
            new BackgroundWork(tasks, new ScriptedDialogService()), new AnonymizationService());
    private final AnalyzeViewModel viewModel = new AnalyzeViewModel(anonymization, tasks);

    @Test
    void explainsWhatToDoBeforeARun() {
        assertTrue(viewModel.rows().isEmpty());
        assertTrue(viewModel.messageProperty().get().startsWith("Run the anonymization"));
    }

    @Test
    void comparesTheRiskOfTheInputWithTheSelectedOutput() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();

        Map<String, RiskRow> rows = viewModel.rows().stream().collect(Collectors.toMap(RiskRow::measure, r -> r));
        assertEquals("20,000", rows.get("Records").input());
        assertEquals("20,000", rows.get("Records").output());
        assertEquals("0", rows.get("Suppressed records").input());
        int smallestOutput = Integer.parseInt(rows.get("Smallest class").output().replace(",", ""));
        assertTrue(smallestOutput >= 5, "the output is 5-anonymous: smallest class " + smallestOutput);
        assertEquals("0", rows.get("Sample uniques").output());
        assertTrue(Integer.parseInt(rows.get("Sample uniques").input().replace(",", "")) > 0,
                "the raw patients have unique combinations of ZIP, birth date, sex and ethnicity");
        double highest = Double.parseDouble(rows.get("Highest risk").output().replace("%", ""));
        assertTrue(highest <= 20.0, "no released record is in a class smaller than 5: " + highest + "%");
        assertTrue(viewModel.messageProperty().get().startsWith("Input and the selected solution"));
    }

    @Test
    void dropsTheAnalysisWhenTheConfigurationChanges() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        workspace.change("Set suppression", ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(0.1)));
        assertTrue(viewModel.rows().isEmpty());
    }
}
