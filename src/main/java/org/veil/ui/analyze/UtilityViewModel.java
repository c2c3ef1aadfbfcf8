package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;
import org.veil.engine.utility.AttributeUtility;
import org.veil.engine.utility.ClassificationUtility;
import org.veil.engine.utility.ContingencyTable;
import org.veil.engine.utility.Distribution;
import org.veil.engine.utility.SummaryStatistics;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.workspace.AttributeRole;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Utility view: how useful the selected output still is next to the input — per quasi-identifier
 * generalization and loss, summary statistics of every released column, the distribution of a chosen
 * column, the contingency table of two chosen columns, and how well a classifier still predicts a
 * target. Everything is worked out off the UI thread; a result of an older run, selection or choice
 * is dropped. The input is the data the outcome was computed from.
 */
public final class UtilityViewModel {

    /** Values listed in a distribution before the others bucket, per side. */
    static final int DISTRIBUTION_TOP = 15;
    /** Values of each column listed in a contingency table before its others bucket. */
    static final int CONTINGENCY_TOP = 10;
    static final int FOLDS = 5;
    static final long SEED = 20_240_601L;

    public static final String RUN_FIRST = "Run the anonymization (Ctrl+R) to compare the utility of the input"
            + " and the output.";

    private final AnonymizationModel anonymization;
    private final WorkspaceModel workspace;
    private final TaskRunner tasks;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(RUN_FIRST);
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final ObservableList<AttributeUtility> attributes = FXCollections.observableArrayList();
    private final ObservableList<UtilityRows.AttributeRow> attributeRows = FXCollections.observableArrayList();
    private final ObservableList<UtilityRows.StatisticRow> statistics = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();

    private final ObjectProperty<String> distributionColumn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UtilityRows.DistributionComparison> distribution = new ReadOnlyObjectWrapper<>();

    private final ObjectProperty<String> rowColumn = new SimpleObjectProperty<>();
    private final ObjectProperty<String> columnColumn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Contingency> contingency = new ReadOnlyObjectWrapper<>();

    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<String>> features = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ClassificationUtility> classification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper classifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper classificationProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper classificationMessage = new ReadOnlyStringWrapper();
    private final BooleanBinding canClassify;

    private int generation;
    private int distributionGeneration;
    private int contingencyGeneration;
    private int classificationGeneration;
    private TaskHandle classificationTask;

    public UtilityViewModel(AnonymizationModel anonymization, WorkspaceModel workspace, TaskRunner tasks) {
        this.anonymization = anonymization;
        this.workspace = workspace;
        this.tasks = tasks;
        canClassify = Bindings.createBooleanBinding(() -> comparing.get() && target.get() != null
                && !classifying.get(), comparing, target, classifying);
        anonymization.outcomeProperty().addListener((o, old, now) -> {
            chooseColumns(now);
            refresh();
        });
        anonymization.selectedProperty().addListener((o, old, now) -> refresh());
        distributionColumn.addListener((o, old, now) -> refreshDistribution());
        rowColumn.addListener((o, old, now) -> refreshContingency());
        columnColumn.addListener((o, old, now) -> refreshContingency());
        target.addListener((o, old, now) -> dropClassification());
        chooseColumns(anonymization.outcomeProperty().get());
        refresh();
    }

    /** The released columns and the defaults of the choices, for a new outcome. */
    private void chooseColumns(AnonymizationOutcome outcome) {
        if (outcome == null) {
            columns.clear();
            targets.clear();
            features.set(List.of());
            return;
        }
        Dataset input = outcome.request().dataset();
        AnonymizationConfig config = outcome.anonymization().config();
        List<String> released = input.columnNames().stream().filter(c -> !config.identifiers().contains(c)).toList();
        List<String> qis = config.quasiIdentifiers().stream().map(QuasiIdentifier::column).toList();
        if (!released.equals(columns)) {
            columns.setAll(released);
        }
        features.set(qis);
        List<String> candidates = released.stream().filter(c -> !qis.contains(c)).toList();
        if (!candidates.equals(targets)) {
            targets.setAll(candidates);
        }
        if (!released.contains(distributionColumn.get())) {
            distributionColumn.set(qis.isEmpty() ? released.get(0) : qis.get(0));
        }
        if (!released.contains(rowColumn.get()) || !released.contains(columnColumn.get())) {
            // The two quasi-identifiers (or columns) with the fewest values make the most legible table.
            List<String> pool = new ArrayList<>(qis.size() >= 2 ? qis : released);
            pool.sort(Comparator.comparingInt(c -> input.column(c).dictionary().size()));
            columnColumn.set(pool.get(0));
            rowColumn.set(pool.size() > 1 ? pool.get(1) : pool.get(0));
        }
        if (!candidates.contains(target.get())) {
            target.set(defaultTarget(candidates, config));
        }
    }

    /** A sensitive attribute if there is one, else the last released column that is not a feature. */
    private String defaultTarget(List<String> candidates, AnonymizationConfig config) {
        Set<String> sensitive = new LinkedHashSet<>(config.sensitiveAttributes());
        if (workspace.get() != null) {
            sensitive.addAll(workspace.get().configuration().columns(AttributeRole.SENSITIVE));
        }
        return candidates.stream().filter(sensitive::contains).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(candidates.size() - 1));
    }

    /** Everything again, for another outcome or selection. */
    private void refresh() {
        int request = ++generation;
        attributes.clear();
        attributeRows.clear();
        statistics.clear();
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed selected = anonymization.selectedProperty().get();
        comparing.set(outcome != null && selected != null);
        dropClassification();
        refreshDistribution();
        refreshContingency();
        if (outcome == null) {
            message.set(RUN_FIRST);
            return;
        }
        if (selected == null) {
            message.set("No solution selected: select a transformation in Explore to compare it with the input.");
            return;
        }
        message.set("Working out the utility of the selected solution " + selected.levels() + "…");
        Dataset input = outcome.request().dataset();
        AnonymizationConfig config = outcome.anonymization().config();
        tasks.run((progress, cancel) -> {
            progress.progress(-1, "Comparing the input with the selected solution");
            List<AttributeUtility> perAttribute = AttributeUtility.of(input, config, selected);
            List<SummaryStatistics.Comparison> summary = SummaryStatistics.compare(input, selected.output(),
                    hierarchies(config), selected.levels());
            return new SelectionAnalysis(perAttribute, summary);
        }, new TaskListener<SelectionAnalysis>() {
            @Override
            public void succeeded(SelectionAnalysis result) {
                if (request == generation) {
                    attributes.setAll(result.attributes());
                    attributeRows.setAll(UtilityRows.attributes(result.attributes()));
                    statistics.setAll(UtilityRows.statistics(result.statistics()));
                    message.set(String.format("Input (%,d records) and the selected solution %s.",
                            input.rowCount(), selected.levels()));
                }
            }

            @Override
            public void failed(Throwable error) {
                if (request == generation) {
                    message.set("The utility could not be worked out: " + error.getMessage());
                }
            }
        });
    }

    private record SelectionAnalysis(List<AttributeUtility> attributes, List<SummaryStatistics.Comparison> statistics) {
    }

    private static Map<String, Hierarchy> hierarchies(AnonymizationConfig config) {
        Map<String, Hierarchy> hierarchies = new java.util.LinkedHashMap<>();
        for (QuasiIdentifier qi : config.quasiIdentifiers()) {
            hierarchies.put(qi.column(), qi.hierarchy());
        }
        return hierarchies;
    }

    private void refreshDistribution() {
        int request = ++distributionGeneration;
        distribution.set(null);
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed selected = anonymization.selectedProperty().get();
        String column = distributionColumn.get();
        if (outcome == null || selected == null || column == null) {
            return;
        }
        Dataset input = outcome.request().dataset();
        tasks.run((progress, cancel) -> UtilityRows.compare(column,
                Distribution.of(input.column(column), Integer.MAX_VALUE),
                Distribution.of(selected.output().column(column), Integer.MAX_VALUE), DISTRIBUTION_TOP),
                new TaskListener<UtilityRows.DistributionComparison>() {
                    @Override
                    public void succeeded(UtilityRows.DistributionComparison result) {
                        if (request == distributionGeneration) {
                            distribution.set(result);
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (request == distributionGeneration) {
                            message.set("The distribution of " + column + " could not be worked out: "
                                    + error.getMessage());
                        }
                    }
                });
    }

    private void refreshContingency() {
        int request = ++contingencyGeneration;
        contingency.set(null);
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed selected = anonymization.selectedProperty().get();
        String rows = rowColumn.get();
        String cols = columnColumn.get();
        if (outcome == null || selected == null || rows == null || cols == null) {
            return;
        }
        Dataset input = outcome.request().dataset();
        tasks.run((progress, cancel) -> new Contingency(ContingencyTable.of(input, rows, cols, CONTINGENCY_TOP),
                ContingencyTable.of(selected.output(), rows, cols, CONTINGENCY_TOP)),
                new TaskListener<Contingency>() {
                    @Override
                    public void succeeded(Contingency result) {
                        if (request == contingencyGeneration) {
                            contingency.set(result);
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (request == contingencyGeneration) {
                            message.set("The contingency table could not be worked out: " + error.getMessage());
                        }
                    }
                });
    }

    /** Cross-validates the classifier on the input and the selected output, in the background. */
    public void classify() {
        if (!canClassify.get()) {
            return;
        }
        dropClassification();
        int request = classificationGeneration;
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed selected = anonymization.selectedProperty().get();
        Dataset input = outcome.request().dataset();
        String predicted = target.get();
        List<String> from = features.get();
        classifying.set(true);
        classificationMessage.set("Cross-validating…");
        classificationTask = tasks.run((progress, cancel) -> ClassificationUtility.of(input, selected.output(),
                predicted, from, FOLDS, SEED, progress, cancel), new TaskListener<ClassificationUtility>() {
                    @Override
                    public void progress(double fraction, String phase) {
                        if (request == classificationGeneration) {
                            classificationProgress.set(fraction);
                            if (phase != null && !phase.isEmpty()) {
                                classificationMessage.set(phase + "…");
                            }
                        }
                    }

                    @Override
                    public void succeeded(ClassificationUtility result) {
                        if (request == classificationGeneration) {
                            finish();
                            classification.set(result);
                            classificationMessage.set(describe(result));
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (request == classificationGeneration) {
                            finish();
                            classificationMessage.set("The classifier could not be evaluated: " + error.getMessage());
                        }
                    }

                    @Override
                    public void cancelled() {
                        if (request == classificationGeneration) {
                            finish();
                            classificationMessage.set("Cancelled.");
                        }
                    }
                });
    }

    private void finish() {
        classifying.set(false);
        classificationTask = null;
        classificationProgress.set(0);
    }

    /** Cancels a running classification and forgets the result, which no longer matches what is shown. */
    private void dropClassification() {
        classificationGeneration++;
        if (classificationTask != null) {
            classificationTask.cancel();
        }
        finish();
        classification.set(null);
        classificationMessage.set(comparing.get() ? "Press Compute to train a classifier on the input and on the output." : "");
    }

    static String describe(ClassificationUtility result) {
        return String.format("Predicting %s from %s (naive Bayes, %d-fold cross-validation over %,d records):"
                + " input %s, output %s, majority baseline %s. %s", result.target(), String.join(", ",
                        result.features()), result.folds(), result.records(),
                UtilityRows.percent(result.inputAccuracy()), UtilityRows.percent(result.outputAccuracy()),
                UtilityRows.percent(result.baselineAccuracy()), verdict(result));
    }

    /** What the accuracies say about the output, in a sentence. */
    static String verdict(ClassificationUtility result) {
        if (result.outputAccuracy() >= result.inputAccuracy()) {
            return "The output predicts at least as well as the input.";
        }
        if (result.inputAccuracy() <= result.baselineAccuracy()) {
            return "The quasi-identifiers do not help predict it even in the input.";
        }
        if (result.outputAccuracy() <= result.baselineAccuracy()) {
            return "The output does no better than the baseline: generalization took what made the features"
                    + " predictive.";
        }
        return "The output keeps " + UtilityRows.percent(result.relativeAccuracy())
                + " of what the input gains over the baseline.";
    }

    /** The share of the input's gain over the baseline the output keeps, as the table shows it. */
    static String kept(ClassificationUtility result) {
        if (result.outputAccuracy() >= result.inputAccuracy()) {
            return "all";
        }
        if (result.inputAccuracy() <= result.baselineAccuracy()) {
            return "—";
        }
        return UtilityRows.percent(Math.max(0, result.relativeAccuracy()));
    }

    /** The contingency table of the two chosen columns in the input and in the selected output. */
    public record Contingency(ContingencyTable input, ContingencyTable output) {
    }

    /** What the view shows, or why it shows nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether there is a selected output to compare with the input. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** Each quasi-identifier's utility, in configuration order; empty until worked out. */
    public ObservableList<AttributeUtility> attributes() {
        return attributes;
    }

    ObservableList<UtilityRows.AttributeRow> attributeRows() {
        return attributeRows;
    }

    ObservableList<UtilityRows.StatisticRow> statistics() {
        return statistics;
    }

    /** The released columns (the input's but the removed identifiers), for the choices. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> distributionColumnProperty() {
        return distributionColumn;
    }

    /** The chosen column's distribution before and after; {@code null} until worked out. */
    ReadOnlyObjectProperty<UtilityRows.DistributionComparison> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    public ObjectProperty<String> rowColumnProperty() {
        return rowColumn;
    }

    public ObjectProperty<String> columnColumnProperty() {
        return columnColumn;
    }

    /** The contingency tables of the chosen columns; {@code null} until worked out. */
    public ReadOnlyObjectProperty<Contingency> contingencyProperty() {
        return contingency.getReadOnlyProperty();
    }

    /** The columns a classifier can predict: released, not a feature. */
    public ObservableList<String> targets() {
        return targets;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** The columns the classifier predicts from: the quasi-identifiers. */
    public ReadOnlyObjectProperty<List<String>> featuresProperty() {
        return features.getReadOnlyProperty();
    }

    /** The last classification's accuracies; {@code null} until computed, dropped when anything changes. */
    public ReadOnlyObjectProperty<ClassificationUtility> classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty classifyingProperty() {
        return classifying.getReadOnlyProperty();
    }

    /** The running classification's progress in [0, 1], negative when unknown. */
    public ReadOnlyDoubleProperty classificationProgressProperty() {
        return classificationProgress.getReadOnlyProperty();
    }

    /** What the classification did or does, or how to start it. */
    public ReadOnlyStringProperty classificationMessageProperty() {
        return classificationMessage.getReadOnlyProperty();
    }

    public BooleanBinding canClassifyProperty() {
        return canClassify;
    }
}
