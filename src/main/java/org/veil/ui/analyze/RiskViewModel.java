package org.veil.ui.analyze;

import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.data.Dataset;
import org.veil.engine.risk.ClassSizeFrequencies;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.Population;
import org.veil.engine.risk.PopulationPresets;
import org.veil.engine.risk.PopulationUniqueness;
import org.veil.engine.risk.PopulationUniques;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.risk.QiCombinations;
import org.veil.engine.risk.RiskProfile;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Risk view: re-identification risk of the input and of the selected output, side by side —
 * prosecutor, journalist and marketer models, population uniqueness, the records by class size and
 * by risk, and which combinations of quasi-identifiers single people out. The input's classes and
 * the combinations are worked out off the UI thread; results of an older run or selection are dropped.
 */
public final class RiskViewModel {

    /** Subsets of quasi-identifiers up to this size are examined. */
    static final int COMBINATION_SIZE = 2;

    private final AnonymizationModel anonymization;
    private final WorkspaceModel workspace;
    private final TaskRunner tasks;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Distributions> distributions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Combinations> combinations = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty threshold = new SimpleDoubleProperty(ProsecutorRisk.DEFAULT_THRESHOLD);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PopulationPresets> population = new SimpleObjectProperty<>();
    private final LongProperty customPopulation = new SimpleLongProperty();
    private ClassSizes input;
    private List<QiCombinations.Combination> inputCombinations;
    private int generation;
    private int selectionGeneration;

    public RiskViewModel(AnonymizationModel anonymization, WorkspaceModel workspace, TaskRunner tasks) {
        this.anonymization = anonymization;
        this.workspace = workspace;
        this.tasks = tasks;
        anonymization.outcomeProperty().addListener((o, old, now) -> analyzeInput(now));
        anonymization.selectedProperty().addListener((o, old, now) -> {
            update();
            analyzeCombinations(now);
        });
        threshold.addListener((o, old, now) -> update());
        population.addListener((o, old, now) -> update());
        customPopulation.addListener((o, old, now) -> update());
        analyzeInput(anonymization.outcomeProperty().get());
    }

    private void analyzeInput(AnonymizationOutcome outcome) {
        int request = ++generation;
        input = null;
        inputCombinations = null;
        combinations.set(null);
        update();
        if (outcome == null || workspace.get() == null) {
            return;
        }
        Dataset data = workspace.get().dataset();
        List<String> qis = quasiIdentifiers(outcome);
        tasks.run((progress, cancel) -> new InputAnalysis(ClassSizes.of(outcome.anonymization().classes(0), null),
                QiCombinations.of(data, qis, COMBINATION_SIZE, progress, cancel)),
                new TaskListener<InputAnalysis>() {
                    @Override
                    public void progress(double fraction, String text) {
                        if (request == generation) {
                            working(fraction, "Analyzing the input: " + text);
                        }
                    }

                    @Override
                    public void succeeded(InputAnalysis result) {
                        if (request == generation) {
                            working(1, "");
                            input = result.classes();
                            inputCombinations = result.combinations();
                            update();
                            analyzeCombinations(anonymization.selectedProperty().get());
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        working(1, "");
                        message.set("The input could not be analyzed: " + error.getMessage());
                    }
                });
    }

    private void working(double fraction, String text) {
        progress.set(fraction);
        phase.set(text);
    }

    private record InputAnalysis(ClassSizes classes, List<QiCombinations.Combination> combinations) {
    }

    private static List<String> quasiIdentifiers(AnonymizationOutcome outcome) {
        return outcome.anonymization().config().quasiIdentifiers().stream().map(QuasiIdentifier::column).toList();
    }

    /** The combinations of the selected output, next to the input's. */
    private void analyzeCombinations(Transformed selected) {
        int request = ++selectionGeneration;
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        if (inputCombinations == null || outcome == null) {
            return;
        }
        if (selected == null) {
            combinations.set(new Combinations(inputCombinations, null));
            return;
        }
        List<String> qis = quasiIdentifiers(outcome);
        tasks.run((progress, cancel) -> QiCombinations.of(selected.output(), qis, COMBINATION_SIZE, progress, cancel),
                new TaskListener<List<QiCombinations.Combination>>() {
                    @Override
                    public void progress(double fraction, String text) {
                        if (request == selectionGeneration) {
                            working(fraction, "Analyzing the output: " + text);
                        }
                    }

                    @Override
                    public void succeeded(List<QiCombinations.Combination> result) {
                        working(1, "");
                        if (request == selectionGeneration && inputCombinations != null) {
                            combinations.set(new Combinations(inputCombinations, result));
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        working(1, "");
                        message.set("The combinations could not be analyzed: " + error.getMessage());
                    }
                });
    }

    private void update() {
        Transformed selected = anonymization.selectedProperty().get();
        if (anonymization.outcomeProperty().get() == null) {
            rows.clear();
            distributions.set(null);
            message.set("Run the anonymization (Ctrl+R) to compare the risk of the input and the output.");
            return;
        }
        if (input == null) {
            rows.clear();
            distributions.set(null);
            message.set("Analyzing the input…");
            return;
        }
        long people = populationSize();
        if (people > 0 && people < input.records()) {
            message.set(String.format("The population (%,d people) cannot be smaller than the data (%,d records).",
                    people, input.records()));
            rows.clear();
            return;
        }
        ClassSizes output = selected == null ? null : ClassSizes.of(selected.classes(), selected.suppressed());
        message.set(selected == null ? "No solution selected: only the input is shown."
                : "Input and the selected solution " + selected.levels() + ".");
        rows.setAll(RiskRows.of(profile(input, people), uniques(input, people),
                output == null ? null : profile(output, people), output == null ? null : uniques(output, people)));
        distributions.set(new Distributions(RiskBuckets.recordsByClassSize(input),
                output == null ? null : RiskBuckets.recordsByClassSize(output), RiskBuckets.recordsByRisk(input),
                output == null ? null : RiskBuckets.recordsByRisk(output), RiskBuckets.thresholdPosition(100 * threshold.get()),
                threshold.get()));
    }

    private RiskProfile profile(ClassSizes classes, long people) {
        return RiskProfile.of(classes, people > 0 ? Population.ofSize(people) : Population.SAMPLE, threshold.get());
    }

    /** Population uniques among the released records; the data counts as the population without one. */
    private static PopulationUniques uniques(ClassSizes classes, long people) {
        ClassSizeFrequencies frequencies = ClassSizeFrequencies.ofClassSizes(classes.sizes());
        return PopulationUniqueness.estimate(frequencies, people > 0 ? people : Math.max(1, classes.releasedRecords()));
    }

    /** The population chosen, 0 for none (the data is the whole population). */
    long populationSize() {
        PopulationPresets preset = population.get();
        return preset == null ? 0 : preset.populationOr(customPopulation.get());
    }

    /**
     * Records by class size and by record risk, of the input and of the selected output ({@code null}
     * without one), and where the risk threshold falls among the risk buckets (see
     * {@link RiskBuckets#thresholdPosition}: 4.0 for 20 %, between "10–20 %" and "20–33 %").
     */
    public record Distributions(Map<String, Integer> sizesInput, Map<String, Integer> sizesOutput,
            Map<String, Integer> riskInput, Map<String, Integer> riskOutput, double thresholdPosition,
            double threshold) {
    }

    /** The combinations of quasi-identifiers of the input and the selected output ({@code null} without one). */
    public record Combinations(List<QiCombinations.Combination> input, List<QiCombinations.Combination> output) {
    }

    /** The charts' data; {@code null} before a run or while the input is analyzed. */
    public ReadOnlyObjectProperty<Distributions> distributionsProperty() {
        return distributions.getReadOnlyProperty();
    }

    /** Which quasi-identifiers single people out; {@code null} until worked out. */
    public ReadOnlyObjectProperty<Combinations> combinationsProperty() {
        return combinations.getReadOnlyProperty();
    }

    /** What is being worked out in the background; empty when nothing is. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** How far the background work is, 0 to 1 (negative: unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Records above this risk count as at risk (0 &lt; threshold ≤ 1). */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The population the data was drawn from, for the journalist and population models; {@code null}: the data is all of it. */
    public ObjectProperty<PopulationPresets> populationProperty() {
        return population;
    }

    /** The population size when {@link PopulationPresets#CUSTOM} is chosen. */
    public LongProperty customPopulationProperty() {
        return customPopulation;
    }

    public ObservableList<RiskRow> rows() {
        return rows;
    }

    /** What the table shows, or why it is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
