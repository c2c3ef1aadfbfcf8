package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
import org.veil.engine.utility.AttributeUtility;
import org.veil.engine.utility.ClassificationUtility;
import org.veil.engine.utility.ContingencyTable;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.SampleProject;
import org.veil.ui.common.BackgroundJob;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class UtilityViewModelTest {

    private static final List<String> QIS = List.of("zip", "birth_date", "sex", "ethnicity");

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final SameThreadTaskRunner work = new SameThreadTaskRunner();
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace,
            new BackgroundWork(work, new ScriptedDialogService()), new AnonymizationService());

    private UtilityViewModel run(TaskRunner tasks) throws Exception {
        UtilityViewModel viewModel = new UtilityViewModel(anonymization, workspace, tasks);
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        assertNotNull(anonymization.selectedProperty().get(), "the sample has a 5-anonymous solution");
        return viewModel;
    }

    @Test
    void explainsWhatToDoBeforeARun() {
        UtilityViewModel viewModel = new UtilityViewModel(anonymization, workspace, work);

        assertTrue(viewModel.messageProperty().get().startsWith("Run the anonymization (Ctrl+R)"));
        assertTrue(viewModel.attributes().isEmpty());
        assertTrue(viewModel.statistics().isEmpty());
        assertNull(viewModel.distributionProperty().get());
        assertNull(viewModel.contingencyProperty().get());
        assertFalse(viewModel.canClassifyProperty().get());
    }

    @Test
    void comparesEveryQuasiIdentifierOfTheSelectedSolution() throws Exception {
        UtilityViewModel viewModel = run(work);
        Transformed selected = anonymization.selectedProperty().get();

        assertEquals(QIS, viewModel.attributes().stream().map(AttributeUtility::attribute).toList());
        for (AttributeUtility attribute : viewModel.attributes()) {
            assertEquals(selected.levels().get(attribute.attribute()).intValue(), attribute.level());
            assertEquals(20_000, attribute.records());
            assertEquals(selected.evaluation().suppressedRecords(), attribute.suppressedCells());
            assertTrue(attribute.loss() >= 0 && attribute.loss() <= 1, attribute.toString());
            assertTrue(attribute.distinctAfter() <= attribute.distinctBefore(), attribute.toString());
        }
        assertTrue(viewModel.attributes().stream().anyMatch(a -> a.level() > 0), "the optimum generalizes something");
        assertEquals(4, viewModel.attributeRows().size());
        assertTrue(viewModel.messageProperty().get().startsWith("Input (20,000 records) and the selected solution"));
    }

    @Test
    void summarizesEveryReleasedColumnButNotTheRemovedIdentifiers() throws Exception {
        UtilityViewModel viewModel = run(work);

        List<String> described = viewModel.statistics().stream().map(UtilityRows.StatisticRow::column)
                .filter(c -> !c.isEmpty()).toList();
        assertEquals(List.of("zip", "birth_date", "sex", "ethnicity", "admission_date", "diagnosis", "length_of_stay",
                "cost"), described);
        assertEquals(described, viewModel.columns());
        UtilityRows.StatisticRow count = viewModel.statistics().stream()
                .filter(r -> r.statistic().equals("Count")).findFirst().orElseThrow();
        assertEquals("20,000", count.input(), "every zip is present in the input");
        // cost is released unchanged: its numbers are the same before and after.
        List<UtilityRows.StatisticRow> cost = rowsOf(viewModel, "cost");
        UtilityRows.StatisticRow mean = cost.stream().filter(r -> r.statistic().equals("Mean")).findFirst().orElseThrow();
        assertEquals(mean.input(), mean.output());
        assertNotEquals("—", mean.input());
    }

    private static List<UtilityRows.StatisticRow> rowsOf(UtilityViewModel viewModel, String column) {
        List<UtilityRows.StatisticRow> rows = new ArrayList<>();
        boolean in = false;
        for (UtilityRows.StatisticRow row : viewModel.statistics()) {
            if (!row.column().isEmpty()) {
                in = row.column().equals(column);
            }
            if (in) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void theDistributionOfTheChosenColumnCountsEveryRecordOnBothSides() throws Exception {
        UtilityViewModel viewModel = run(work);
        assertEquals("zip", viewModel.distributionColumnProperty().get(), "the first quasi-identifier by default");

        for (String column : List.of("zip", "sex", "diagnosis", "cost")) {
            viewModel.distributionColumnProperty().set(column);
            UtilityRows.DistributionComparison distribution = viewModel.distributionProperty().get();
            assertEquals(column, distribution.column());
            assertEquals(20_000, sum(distribution.input()), column + " input");
            assertEquals(20_000, sum(distribution.output()), column + " output");
            assertEquals(distribution.input().keySet(), distribution.output().keySet(), "common categories");
            assertTrue(distribution.input().size() <= 2 * UtilityViewModel.DISTRIBUTION_TOP + 1);
        }
        viewModel.distributionColumnProperty().set("sex");
        UtilityRows.DistributionComparison sex = viewModel.distributionProperty().get();
        assertEquals(2, sex.inputDistinct());
        assertTrue(sex.input().get("female") > 5_000 && sex.input().get("male") > 5_000, sex.input().toString());
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void theContingencyTableOfTwoColumnsHoldsEveryRecord() throws Exception {
        UtilityViewModel viewModel = run(work);
        assertEquals("sex", viewModel.columnColumnProperty().get(), "the quasi-identifier with the fewest values");
        assertEquals("ethnicity", viewModel.rowColumnProperty().get());

        viewModel.rowColumnProperty().set("diagnosis");
        UtilityViewModel.Contingency tables = viewModel.contingencyProperty().get();
        for (ContingencyTable table : List.of(tables.input(), tables.output())) {
            assertEquals("diagnosis", table.rowColumn());
            assertEquals("sex", table.columnColumn());
            long total = 0;
            for (long[] row : table.counts()) {
                for (long cell : row) {
                    total += cell;
                }
            }
            assertEquals(20_000, total);
            assertTrue(table.rowOthers(), "more than 10 diagnoses");
            assertEquals(UtilityViewModel.CONTINGENCY_TOP, table.rowValues().size());
        }
    }

    @Test
    void classifiesTheSensitiveAttributeFromTheQuasiIdentifiers() throws Exception {
        UtilityViewModel viewModel = run(work);
        assertEquals("diagnosis", viewModel.targetProperty().get(), "the sensitive attribute by default");
        assertEquals(QIS, viewModel.featuresProperty().get());
        assertFalse(viewModel.targets().contains("zip"), "a feature cannot be the target");
        assertNull(viewModel.classificationProperty().get(), "only computed on demand");

        viewModel.classify();

        ClassificationUtility result = viewModel.classificationProperty().get();
        assertNotNull(result, viewModel.classificationMessageProperty().get());
        assertEquals(20_000, result.records());
        for (double accuracy : List.of(result.inputAccuracy(), result.outputAccuracy(), result.baselineAccuracy())) {
            assertTrue(accuracy >= 0 && accuracy <= 1, result.toString());
        }
        assertTrue(result.inputAccuracy() >= result.baselineAccuracy(), result.toString());
        assertFalse(viewModel.classifyingProperty().get());
        assertTrue(viewModel.classificationMessageProperty().get().startsWith("Predicting diagnosis"));

        viewModel.targetProperty().set("sex".equals(viewModel.targets().get(0)) ? "cost" : viewModel.targets().get(0));
        assertNull(viewModel.classificationProperty().get(), "another target makes the result stale");
    }

    @Test
    void selectingAnotherSolutionRecomputes() throws Exception {
        UtilityViewModel viewModel = run(work);
        viewModel.classify();
        List<AttributeUtility> before = List.copyOf(viewModel.attributes());
        int top = anonymization.outcomeProperty().get().result().space().lattice().top();

        anonymization.select(top);

        assertEquals(top, anonymization.selectedNodeProperty().get());
        assertNotEquals(before, List.copyOf(viewModel.attributes()));
        assertTrue(viewModel.attributes().stream().allMatch(a -> a.level() == a.height()), "the top generalizes all");
        assertNull(viewModel.classificationProperty().get(), "the classification belonged to the other solution");
        assertEquals(20_000, sum(viewModel.distributionProperty().get().output()));
    }

    @Test
    void dropsResultsOfAnOlderSelection() throws Exception {
        ManualTasks tasks = new ManualTasks();
        UtilityViewModel viewModel = run(tasks);
        int optimum = anonymization.selectedNodeProperty().get();
        List<Pending<?>> forOptimum = tasks.take();
        assertFalse(forOptimum.isEmpty());
        int top = anonymization.outcomeProperty().get().result().space().lattice().top();
        assertNotEquals(optimum, top);

        anonymization.select(top);
        List<Pending<?>> forTop = tasks.take();
        forTop.forEach(Pending::complete);
        List<AttributeUtility> current = List.copyOf(viewModel.attributes());
        assertTrue(current.stream().allMatch(a -> a.level() == a.height()));
        forOptimum.forEach(Pending::complete); // late results of the optimum

        assertEquals(current, List.copyOf(viewModel.attributes()), "stale results are dropped");
        assertTrue(viewModel.distributionProperty().get().output().containsKey("*"),
                "the top shows every zip as *: " + viewModel.distributionProperty().get().output());
    }

    @Test
    void dropsEverythingWhenTheConfigurationChanges() throws Exception {
        UtilityViewModel viewModel = run(work);
        workspace.change("Set suppression", ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(0.1)));

        assertTrue(viewModel.attributes().isEmpty());
        assertTrue(viewModel.statistics().isEmpty());
        assertNull(viewModel.distributionProperty().get());
        assertTrue(viewModel.messageProperty().get().startsWith("Run the anonymization"));
    }

    /** Holds the jobs until the test completes them, in any order. */
    private static final class ManualTasks implements TaskRunner {
        private final List<Pending<?>> pending = new ArrayList<>();

        @Override
        public <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener) {
            pending.add(new Pending<>(job, listener));
            return () -> { };
        }

        List<Pending<?>> take() {
            List<Pending<?>> taken = List.copyOf(pending);
            pending.clear();
            return taken;
        }
    }

    private record Pending<T>(BackgroundJob<T> job, TaskListener<T> listener) {
        void complete() {
            try {
                listener.succeeded(job.run(ProgressListener.NONE, new CancellationToken()));
            } catch (Exception e) {
                listener.failed(e);
            }
        }
    }
}
