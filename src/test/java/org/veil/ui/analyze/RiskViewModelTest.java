package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.engine.risk.PopulationPresets;
import org.veil.engine.risk.QiCombinations;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.SampleProject;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class RiskViewModelTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace,
            new BackgroundWork(tasks, new ScriptedDialogService()), new AnonymizationService());
    private final RiskViewModel viewModel = new RiskViewModel(anonymization, workspace, tasks);

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
        assertEquals("20.0 %", rows.get("Prosecutor: highest risk").output(),
                "no released record is in a class smaller than 5");
        assertEquals("100.0 %", rows.get("Prosecutor: highest risk").input(), "the raw data has unique records");
        for (RiskRow row : viewModel.rows()) {
            for (String cell : List.of(row.input(), row.output())) {
                assertTrue(!cell.contains("%") || cell.matches("([<>] )?\\d+\\.\\d\\d? %( · \\w+)?"),
                        row.measure() + ": one percentage format across the tab, e.g. 99.2 % or 0.05 %: " + cell);
            }
        }
        assertTrue(viewModel.messageProperty().get().startsWith("Input and the selected solution"));
    }

    @Test
    void dropsTheAnalysisWhenTheConfigurationChanges() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        workspace.change("Set suppression", ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(0.1)));
        assertTrue(viewModel.rows().isEmpty());
    }

    @Test
    void aLowerThresholdPutsMoreRecordsAtRiskAndMovesTheLineOnTheChart() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        RiskViewModel.Distributions before = viewModel.distributionsProperty().get();
        int atRiskBefore = atRisk("Records at risk > 20 %");

        viewModel.thresholdProperty().set(0.05);

        int atRiskAfter = atRisk("Records at risk > 5 %");
        assertTrue(atRiskAfter > atRiskBefore, atRiskAfter + " vs " + atRiskBefore);
        assertEquals(4.0, before.thresholdPosition(), "20 % lies between the 10–20 % and the 20–33 % buckets");
        assertEquals(2.0, viewModel.distributionsProperty().get().thresholdPosition(),
                "5 % between the 1–5 % and the 5–10 % buckets");
        viewModel.thresholdProperty().set(0.15);
        assertEquals(3.5, viewModel.distributionsProperty().get().thresholdPosition(), 1e-9,
                "15 % half-way through the 10–20 % bucket");
        int released = 20_000 - anonymization.selectedProperty().get().evaluation().suppressedRecords();
        assertEquals(released, viewModel.distributionsProperty().get().sizesOutput().values().stream()
                .mapToInt(Integer::intValue).sum(), "every released record is in one class-size bucket");
    }

    private int atRisk(String measure) {
        return Integer.parseInt(viewModel.rows().stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + measure + " in " + viewModel.rows()))
                .output().replace(",", ""));
    }

    @Test
    void aPopulationLowersTheJournalistRiskAndThePopulationUniquesBelowTheProsecutorsOnes() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        assertEquals(row("Prosecutor: average risk").input(), row("Journalist: average risk").input(),
                "without a population the data is all of it: the journalist knows as much as the prosecutor");

        viewModel.populationProperty().set(PopulationPresets.CUSTOM);
        viewModel.customPopulationProperty().set(2_000_000);

        double prosecutor = percent(row("Prosecutor: average risk").output());
        double journalist = percent(row("Journalist: average risk").output());
        assertTrue(journalist < prosecutor, journalist + " < " + prosecutor);
        double sampleUniques = percent(row("Sample uniques (share)").input());
        String populationUniques = row("Population uniques (share)").input();
        assertTrue(populationUniques.endsWith(" · Zayatz"), "almost all unique: Pitman has no fit, Zayatz stands in");
        assertTrue(percent(populationUniques.replace(" · Zayatz", "")) < sampleUniques,
                "a 1 % sample: fewer of the population are unique than of the sample");
    }

    @Test
    void aPopulationSmallerThanTheDataIsRefused() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        viewModel.populationProperty().set(PopulationPresets.CUSTOM);
        viewModel.customPopulationProperty().set(1_000);

        assertTrue(viewModel.rows().isEmpty());
        assertTrue(viewModel.messageProperty().get().contains("cannot be smaller than the data"));
    }

    @Test
    void findsTheQuasiIdentifiersThatSingleOutTheMostRecordsInInputAndOutput() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();

        RiskViewModel.Combinations combinations = viewModel.combinationsProperty().get();
        assertEquals(10, combinations.input().size(), "4 single quasi-identifiers and 6 pairs");
        QiCombinations.Combination birthDate = combinations.input().stream()
                .filter(c -> c.attributes().equals(List.of("birth_date"))).findFirst().orElseThrow();
        QiCombinations.Combination sex = combinations.input().stream()
                .filter(c -> c.attributes().equals(List.of("sex"))).findFirst().orElseThrow();
        assertTrue(birthDate.uniqueShare() > 0.5, "most birth dates are unique: " + birthDate.uniqueShare());
        assertEquals(0.0, sex.uniqueShare(), "two values shared by 20,000 people single nobody out");
        assertTrue(combinations.output().stream().allMatch(c -> c.uniqueShare() < birthDate.uniqueShare()),
                "the output singles out fewer records on every combination");
    }

    private RiskRow row(String measure) {
        return viewModel.rows().stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + measure + " in " + viewModel.rows()));
    }

    /** A share as written in the table, e.g. 99.2 % or < 0.01 % (read as 0.01). */
    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").replace("<", "").replace(">", "").trim());
    }
}
