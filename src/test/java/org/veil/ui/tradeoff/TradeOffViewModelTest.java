package org.veil.ui.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.search.SolutionSpace;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.ui.common.BackgroundJob;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The trade-off of {@link TinyProject} under 2-anonymity with at most 25 % suppressed. The search
 * checks six transformations (age, zip): (2,0), (0,1) and (0,2) suppress all nine records (risk 0,
 * loss 1), (1,1) suppresses 3, and the two anonymous ones:
 *
 * <pre>
 *   (2,1) the optimum: classes 2, 2, 3, 2, nothing suppressed → average 4 / 9, highest 1 / 2
 *   (1,2) classes 3, 2, 2 released, Dan and Gus suppressed  → average 3 / 7, highest 1 / 2
 * </pre>
 *
 * At a 40 % threshold the records in classes of 2 are at risk: 6 / 9 at (2,1), 4 / 9 at (1,2).
 */
class TradeOffViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25), tasks);
    private final TradeOffViewModel viewModel = new TradeOffViewModel(anonymization, tasks, dialogs);

    private TradeOffPoint point(int age, int zip) {
        int node = TinyProject.node(anonymization, age, zip);
        return viewModel.tradeOffProperty().get().point(node).orElseThrow(() -> new AssertionError(
                "(" + age + "," + zip + ") was not checked"));
    }

    @Test
    void saysHowToStartBeforeARun() {
        assertNull(viewModel.tradeOffProperty().get());
        assertTrue(viewModel.points().isEmpty());
        assertEquals(TradeOffViewModel.RUN_FIRST, viewModel.messageProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void measuresEveryCheckedTransformationAfterARun() {
        anonymization.run();

        SolutionSpace space = anonymization.outcomeProperty().get().result().space();
        List<Integer> checked = new ArrayList<>();
        for (int node = 0; node < space.lattice().size(); node++) {
            if (space.suppressedRecords(node) >= 0) {
                checked.add(node);
            }
        }
        assertEquals(checked, viewModel.points().stream().map(TradeOffPoint::node).toList());
        assertEquals(6, checked.size());
        TradeOffPoint optimum = point(2, 1);
        assertEquals(4.0 / 9, optimum.risk(), 1e-12);
        assertTrue(optimum.anonymous());
        assertEquals(space.value(optimum.node()), optimum.loss());
        TradeOffPoint other = point(1, 2);
        assertEquals(3.0 / 7, other.risk(), 1e-12);
        assertEquals(2, other.suppressedRecords());
        assertEquals(0.0, point(2, 0).risk(), "everything suppressed: nobody is at risk");
        assertFalse(point(1, 1).anonymous());
        assertTrue(viewModel.messageProperty().get().startsWith("6 transformations the search checked (2 satisfy"),
                viewModel.messageProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void theFrontierHoldsTheUndominatedPointsByLoss() {
        anonymization.run();

        // Average risk: (2,1) least loss; (1,2) more loss, less risk; the all-suppressed ones risk 0.
        // (1,1) (loss 0.47, risk 1/2) is dominated by (2,1).
        List<TradeOffPoint> frontier = viewModel.frontier();
        assertEquals(5, frontier.size());
        assertEquals(point(2, 1), frontier.get(0));
        assertEquals(point(1, 2), frontier.get(1));
        assertFalse(point(1, 1).onFrontier());
        for (int i = 1; i < frontier.size(); i++) {
            assertTrue(frontier.get(i - 1).loss() <= frontier.get(i).loss());
        }
    }

    @Test
    void changingTheMeasureMeasuresAgainAtOnce() {
        anonymization.run();

        viewModel.measureProperty().set(RiskMeasure.HIGHEST);
        assertEquals(RiskMeasure.HIGHEST, viewModel.tradeOffProperty().get().measure());
        assertEquals(0.5, point(2, 1).risk(), 1e-12);
        assertEquals(0.5, point(1, 2).risk(), 1e-12);
        assertFalse(point(1, 2).onFrontier(), "as risky as the optimum and more loss");
        assertEquals("Highest re-identification risk (%)", viewModel.riskAxisLabel());

        viewModel.measureProperty().set(RiskMeasure.SHARE_AT_RISK);
        assertEquals(1.0, point(2, 1).risk(), 1e-12, "at 20 % every record in a class under 5 is at risk");
        assertEquals(7.0 / 9, point(1, 2).risk(), 1e-12);

        viewModel.thresholdTextProperty().set("40");
        assertEquals(0.4, viewModel.thresholdProperty().get(), 1e-12);
        assertEquals(6.0 / 9, point(2, 1).risk(), 1e-12);
        assertEquals(4.0 / 9, point(1, 2).risk(), 1e-12);
        assertEquals("Records at risk above 40 % (% of all records)", viewModel.riskAxisLabel());
    }

    @Test
    void anInvalidThresholdIsExplainedAndHidesTheChartUntilFixed() {
        anonymization.run();
        viewModel.measureProperty().set(RiskMeasure.SHARE_AT_RISK);

        viewModel.thresholdTextProperty().set("0");
        assertFalse(viewModel.thresholdErrorProperty().get().isEmpty());
        assertNull(viewModel.tradeOffProperty().get());
        assertEquals(viewModel.thresholdErrorProperty().get(), viewModel.messageProperty().get());

        viewModel.measureProperty().set(RiskMeasure.AVERAGE);
        assertNotNull(viewModel.tradeOffProperty().get(), "the average does not use the threshold");

        viewModel.measureProperty().set(RiskMeasure.SHARE_AT_RISK);
        viewModel.thresholdTextProperty().set("12,5 %");
        assertEquals("", viewModel.thresholdErrorProperty().get());
        assertEquals(0.125, viewModel.tradeOffProperty().get().threshold(), 1e-12);
    }

    @Test
    void everyTransformationCanBeMeasuredNotOnlyTheCheckedOnes() {
        anonymization.run();

        viewModel.wholeLatticeProperty().set(true);
        assertEquals(16, viewModel.points().size(), "4 levels of age times 4 of zip");
        assertEquals(10, viewModel.points().stream().filter(p -> !p.checked()).count());
        assertTrue(viewModel.messageProperty().get().startsWith("16 transformations in all"),
                viewModel.messageProperty().get());

        viewModel.wholeLatticeProperty().set(false);
        assertEquals(6, viewModel.points().size());
    }

    @Test
    void parsesPercentages() {
        assertEquals(Optional.of(0.2), TradeOffViewModel.parsePercent("20"));
        assertEquals(Optional.of(0.2), TradeOffViewModel.parsePercent(" 20 % "));
        assertEquals(Optional.of(1.0), TradeOffViewModel.parsePercent("100"));
        assertEquals(Optional.empty(), TradeOffViewModel.parsePercent("100.5"));
        assertEquals(Optional.empty(), TradeOffViewModel.parsePercent("-1"));
        assertEquals(Optional.empty(), TradeOffViewModel.parsePercent("twenty"));
        assertEquals(Optional.empty(), TradeOffViewModel.parsePercent(""));
    }

    @Test
    void selectingAPointSelectsItsSolutionEverywhere() {
        anonymization.run();
        TradeOffPoint other = point(1, 2);

        viewModel.select(other);

        assertEquals(other.node(), anonymization.selectedNodeProperty().get());
        assertEquals(2, anonymization.selectedProperty().get().evaluation().suppressedRecords());
        assertEquals(Optional.of(other), viewModel.selectedPoint());
    }

    @Test
    void aChangedConfigurationClearsTheTradeOff() {
        anonymization.run();
        assertNotNull(viewModel.tradeOffProperty().get());

        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), tasks);
        TradeOffViewModel fresh = new TradeOffViewModel(models.anonymization(), tasks, dialogs);
        models.anonymization().run();
        assertNotNull(fresh.tradeOffProperty().get(), "a view made after the run measures at once");
        models.workspace().open(TinyProject.workspace(3, 0.25));
        assertNull(fresh.tradeOffProperty().get());
        assertEquals(TradeOffViewModel.RUN_FIRST, fresh.messageProperty().get());
    }

    @Test
    void measuresInTheBackgroundAndShowsProgress() {
        ManualTaskRunner manual = new ManualTaskRunner();
        AnonymizationModel model = TinyProject.model(TinyProject.workspace(2, 0.25), manual);
        TradeOffViewModel background = new TradeOffViewModel(model, manual, dialogs);
        model.run();
        manual.runAll(); // the anonymization; the trade-off job is now waiting

        assertEquals(1, manual.pendingJobs());
        assertTrue(background.busyProperty().get());
        assertNull(background.tradeOffProperty().get());
        assertTrue(background.messageProperty().get().startsWith("Measuring"), background.messageProperty().get());

        manual.runAll();
        assertFalse(background.busyProperty().get());
        assertEquals(6, background.points().size());
    }

    @Test
    void aResultThatArrivesAfterANewerOutcomeIsDropped() {
        HeldTaskRunner held = new HeldTaskRunner();
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), held);
        TradeOffViewModel background = new TradeOffViewModel(models.anonymization(), held, dialogs);
        models.anonymization().run();
        held.runNext(); // the first run; its trade-off job waits
        HeldTaskRunner.Held<?> stale = held.take();

        models.workspace().open(TinyProject.workspace(3, 0.25));
        models.anonymization().run();
        held.runNext(); // the second run; its trade-off job waits too

        stale.run(); // finishes late, as if it had not seen its cancellation
        assertNull(background.tradeOffProperty().get(), "the first run's trade-off is not shown");
        assertTrue(background.busyProperty().get());

        held.runNext();
        assertNotNull(background.tradeOffProperty().get());
        assertEquals(models.anonymization().outcomeProperty().get().result().space().count(
                org.veil.engine.search.NodeState.ANONYMOUS)
                + models.anonymization().outcomeProperty().get().result().space().count(
                        org.veil.engine.search.NodeState.NOT_ANONYMOUS),
                background.points().size(), "the points of the second run");
    }

    @Test
    void exportsThePointsAsCsv(@TempDir Path folder) throws IOException {
        anonymization.run();
        Path file = folder.resolve("points.csv");
        dialogs.choose(file);

        viewModel.exportPoints();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("age_level,zip_level,risk,loss,anonymous,on_frontier", lines.get(0));
        assertEquals(7, lines.size(), lines.toString());
        TradeOffPoint optimum = point(2, 1);
        assertTrue(lines.contains("2,1," + new java.math.BigDecimal(Double.toString(optimum.risk())).stripTrailingZeros()
                .toPlainString() + "," + new java.math.BigDecimal(Double.toString(optimum.loss())).stripTrailingZeros()
                .toPlainString() + ",true,true"), lines.toString());
        assertTrue(viewModel.messageProperty().get().startsWith("Exported 6 points"), viewModel.messageProperty().get());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void exportingWithoutAChosenFileWritesNothing(@TempDir Path folder) throws IOException {
        anonymization.run();
        viewModel.exportPoints();
        assertTrue(dialogs.errors().isEmpty());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFailedExportIsReported(@TempDir Path folder) throws IOException {
        anonymization.run();
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "x");
        dialogs.choose(notAFolder.resolve("points.csv"));

        viewModel.exportPoints();

        assertEquals(1, dialogs.errors().size());
        assertEquals("Export failed", dialogs.errors().get(0).title());
    }

    /**
     * Holds jobs, runs them one at a time in order, and can finish one whose handle was cancelled as
     * if it had not noticed: the ViewModel must drop such a result itself.
     */
    private static final class HeldTaskRunner implements TaskRunner {
        private final List<Held<?>> pending = new ArrayList<>();

        private record Held<T>(BackgroundJob<T> job, TaskListener<T> listener) {
            void run() {
                try {
                    listener.succeeded(job.run((fraction, phase) -> { }, CancellationToken.NONE));
                } catch (Exception e) {
                    listener.failed(e);
                }
            }
        }

        @Override
        public <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener) {
            pending.add(new Held<>(job, listener));
            return () -> { };
        }

        void runNext() {
            pending.remove(0).run();
        }

        /** Takes the next job out of the queue, to run it later. */
        Held<?> take() {
            return pending.remove(0);
        }
    }
}
