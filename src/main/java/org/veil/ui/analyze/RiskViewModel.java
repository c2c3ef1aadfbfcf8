package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The Analyze step: re-identification risk and class sizes of the input and of the selected
 * output, side by side. The input's classes are formed once per run, off the UI thread.
 */
public final class AnalyzeViewModel {

    private final AnonymizationModel anonymization;
    private final TaskRunner tasks;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private ClassSizes input;
    private int generation;

    public AnalyzeViewModel(AnonymizationModel anonymization, TaskRunner tasks) {
        this.anonymization = anonymization;
        this.tasks = tasks;
        anonymization.outcomeProperty().addListener((o, old, now) -> analyzeInput(now));
        anonymization.selectedProperty().addListener((o, old, now) -> update());
        analyzeInput(anonymization.outcomeProperty().get());
    }

    private void analyzeInput(AnonymizationOutcome outcome) {
        int request = ++generation;
        input = null;
        update();
        if (outcome == null) {
            return;
        }
        tasks.run((progress, cancel) -> ClassSizes.of(outcome.anonymization().classes(0), null),
                new TaskListener<ClassSizes>() {
                    @Override
                    public void succeeded(ClassSizes result) {
                        if (request == generation) {
                            input = result;
                            update();
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        message.set("The input could not be analyzed: " + error.getMessage());
                    }
                });
    }

    private void update() {
        Transformed selected = anonymization.selectedProperty().get();
        if (anonymization.outcomeProperty().get() == null) {
            rows.clear();
            message.set("Run the anonymization (Ctrl+R) to compare the risk of the input and the output.");
            return;
        }
        if (input == null) {
            rows.clear();
            message.set("Analyzing the input…");
            return;
        }
        ClassSizes output = selected == null ? null : ClassSizes.of(selected.classes(), selected.suppressed());
        message.set(selected == null ? "No solution selected: only the input is shown."
                : "Input and the selected solution " + selected.levels() + ".");
        rows.setAll(RiskRows.of(input, output));
    }

    public ObservableList<RiskRow> rows() {
        return rows;
    }

    /** What the table shows, or why it is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The rows of the table, measure by measure. */
    static final class RiskRows {

        private RiskRows() {
        }

        static List<RiskRow> of(ClassSizes input, ClassSizes output) {
            ProsecutorRisk in = ProsecutorRisk.of(input, ProsecutorRisk.DEFAULT_THRESHOLD);
            ProsecutorRisk out = output == null ? null : ProsecutorRisk.of(output, ProsecutorRisk.DEFAULT_THRESHOLD);
            List<RiskRow> rows = new ArrayList<>();
            rows.add(row("Records", count(input.records()), output == null ? "" : count(output.records()),
                    "All records of the data"));
            rows.add(row("Suppressed records", count(input.suppressedRecords()),
                    output == null ? "" : count(output.suppressedRecords()),
                    "Records whose quasi-identifiers are all replaced by *"));
            rows.add(row("Equivalence classes", count(input.classes()), output == null ? "" : count(output.classes()),
                    "Groups of released records that share all quasi-identifier values"));
            rows.add(row("Smallest class", count(input.smallest()), output == null ? "" : count(output.smallest()),
                    "The k the data actually achieves"));
            rows.add(row("Average class size", decimal((double) input.releasedRecords() / Math.max(1, input.classes())),
                    output == null ? "" : decimal((double) output.releasedRecords() / Math.max(1, output.classes())),
                    "Released records per class"));
            rows.add(row("Highest risk", percent(in.highest()), out == null ? "" : percent(out.highest()),
                    "Prosecutor risk of the most exposed record: 1 / smallest class"));
            rows.add(row("Average risk", percent(in.average()), out == null ? "" : percent(out.average()),
                    "Mean prosecutor risk over released records: classes / released records"));
            rows.add(row("Records at risk > 20%", count(in.recordsAtRisk()), out == null ? "" : count(out.recordsAtRisk()),
                    "Released records in classes smaller than 5"));
            rows.add(row("Sample uniques", count(in.sampleUniques()), out == null ? "" : count(out.sampleUniques()),
                    "Released records that are alone in their class"));
            return rows;
        }

        private static RiskRow row(String measure, String input, String output, String explanation) {
            return new RiskRow(measure, input, output, explanation);
        }

        private static String count(int value) {
            return String.format("%,d", value);
        }

        private static String decimal(double value) {
            return String.format("%,.1f", value);
        }

        private static String percent(double share) {
            return String.format("%.2f%%", 100 * share);
        }
    }
}
