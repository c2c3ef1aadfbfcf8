package org.veil.ui.tradeoff;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffAnalysis;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.tradeoff.TradeOffService;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The trade-off explorer: for every transformation the last run checked, its re-identification risk
 * (under the measure the user chooses) against its information loss, and the Pareto frontier.
 *
 * <p>Forming the classes of every checked transformation is slow, so it runs in the background
 * whenever the outcome changes; a result that arrives after a newer outcome is dropped. Changing the
 * measure or the threshold only re-measures the kept class sizes, which is immediate.
 */
public final class TradeOffViewModel {

    public static final String RUN_FIRST =
            "Run the anonymization (Ctrl+R) to see the trade-off between re-identification risk and information loss.";

    private final AnonymizationModel anonymization;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TradeOffService service;
    private final BooleanProperty wholeLattice = new SimpleBooleanProperty();
    private final ObjectProperty<RiskMeasure> measure = new SimpleObjectProperty<>(RiskMeasure.AVERAGE);
    private final StringProperty thresholdText = new SimpleStringProperty(percentText(
            ProsecutorRisk.DEFAULT_THRESHOLD));
    private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(ProsecutorRisk.DEFAULT_THRESHOLD);
    private final ReadOnlyStringWrapper thresholdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TradeOff> tradeOff = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TradeOffPoint> points = FXCollections.observableArrayList();
    private final ObservableList<TradeOffPoint> frontier = FXCollections.observableArrayList();
    private final ObservableList<TradeOffPoint> pointsView = FXCollections.unmodifiableObservableList(points);
    private final ObservableList<TradeOffPoint> frontierView = FXCollections.unmodifiableObservableList(frontier);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(RUN_FIRST);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private TradeOffAnalysis analysis;
    private TaskHandle running;
    private int generation;

    public TradeOffViewModel(AnonymizationModel anonymization, TaskRunner tasks, DialogService dialogs) {
        this(anonymization, tasks, dialogs, new TradeOffService());
    }

    public TradeOffViewModel(AnonymizationModel anonymization, TaskRunner tasks, DialogService dialogs,
            TradeOffService service) {
        this.anonymization = anonymization;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        anonymization.outcomeProperty().addListener((o, old, now) -> analyze(now));
        wholeLattice.addListener((o, old, now) -> analyze(anonymization.outcomeProperty().get()));
        measure.addListener((o, old, now) -> remeasure());
        thresholdText.addListener((o, old, now) -> parseThreshold(now));
        analyze(anonymization.outcomeProperty().get());
    }

    private void analyze(AnonymizationOutcome outcome) {
        int request = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        analysis = null;
        show(null);
        if (outcome == null) {
            busy.set(false);
            message.set(RUN_FIRST);
            return;
        }
        busy.set(true);
        progress.set(-1);
        TradeOffAnalysis.Scope scope = wholeLattice.get() ? TradeOffAnalysis.Scope.ALL : TradeOffAnalysis.Scope.CHECKED;
        message.set(scope == TradeOffAnalysis.Scope.ALL ? "Measuring the risk of every transformation…"
                : "Measuring the risk of every transformation the search checked…");
        running = tasks.run((listener, cancel) -> service.analyze(outcome, scope, listener, cancel),
                new TaskListener<TradeOffAnalysis>() {
                    @Override
                    public void progress(double fraction, String phase) {
                        if (request == generation) {
                            progress.set(fraction);
                            if (phase != null && !phase.isBlank()) {
                                message.set(phase + "…");
                            }
                        }
                    }

                    @Override
                    public void succeeded(TradeOffAnalysis result) {
                        if (request != generation) {
                            return; // a newer outcome replaced this one
                        }
                        running = null;
                        busy.set(false);
                        analysis = result;
                        remeasure();
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (request == generation) {
                            running = null;
                            busy.set(false);
                            message.set("The trade-off could not be computed: " + error.getMessage());
                        }
                    }

                    @Override
                    public void cancelled() {
                        if (request == generation) {
                            running = null;
                            busy.set(false);
                            message.set("Measuring the risk was cancelled.");
                        }
                    }
                });
    }

    /** Measures the kept classes again under the current measure and threshold. */
    private void remeasure() {
        if (analysis == null) {
            return;
        }
        if (measure.get().usesThreshold() && !thresholdError.get().isEmpty()) {
            show(null);
            message.set(thresholdError.get());
            return;
        }
        TradeOff measured = analysis.tradeOff(measure.get(), threshold.get());
        show(measured);
        message.set(summary(measured));
    }

    private void show(TradeOff measured) {
        tradeOff.set(measured);
        points.setAll(measured == null ? List.of() : measured.points());
        frontier.setAll(measured == null ? List.of() : measured.frontier());
    }

    private String summary(TradeOff measured) {
        if (measured.points().isEmpty()) {
            return "The search checked no transformation, so there is nothing to compare.";
        }
        long anonymous = measured.points().stream().filter(TradeOffPoint::anonymous).count();
        return String.format("%,d transformations %s (%,d satisfy the models); %,d on the Pareto frontier, where"
                + " neither risk nor loss can fall without the other rising. Click a point or a row to select it.",
                measured.points().size(), wholeLattice.get() ? "in all" : "the search checked", anonymous,
                measured.frontier().size());
    }

    private void parseThreshold(String text) {
        Optional<Double> parsed = parsePercent(text);
        if (parsed.isEmpty()) {
            thresholdError.set("Enter the threshold as a percentage above 0 and at most 100, e.g. 20.");
        } else {
            thresholdError.set("");
            threshold.set(parsed.get());
        }
        remeasure();
    }

    /** A percentage such as {@code 20}, {@code 12.5}, {@code 12,5} or {@code 20 %} as a share in (0, 1]. */
    static Optional<Double> parsePercent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("%", "").strip().replace(',', '.');
        try {
            double percent = Double.parseDouble(cleaned);
            return percent > 0 && percent <= 100 ? Optional.of(percent / 100) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String percentText(double share) {
        double percent = share * 100;
        return percent == Math.rint(percent) ? String.format("%.0f", percent) : Double.toString(percent);
    }

    /** Selects a point's transformation in the whole workbench (applied in the background). */
    public void select(TradeOffPoint point) {
        if (point != null) {
            anonymization.select(point.node());
        }
    }

    /** The point of the selected transformation, if the search checked it. */
    public Optional<TradeOffPoint> selectedPoint() {
        TradeOff current = tradeOff.get();
        return current == null ? Optional.empty() : current.point(anonymization.selectedNodeProperty().get());
    }

    /** Asks where to save the points and writes them as CSV in the background. */
    public void exportPoints() {
        TradeOff current = tradeOff.get();
        if (current == null) {
            return;
        }
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter("CSV file", List.of("*.csv")));
        Optional<Path> target = dialogs.showSaveDialog("Export trade-off points", "trade-off-points.csv", filters);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        tasks.run((listener, cancel) -> {
            service.exportCsv(current, file, listener, cancel);
            return current.points().size();
        }, new TaskListener<Integer>() {
            @Override
            public void succeeded(Integer count) {
                message.set(String.format("Exported %,d points to %s.", count, file.getFileName()));
            }

            @Override
            public void failed(Throwable error) {
                dialogs.showError("Export failed", "Could not write " + file.getFileName() + ": " + error.getMessage());
            }
        });
    }

    /**
     * Whether to measure every transformation of the lattice rather than only those the search
     * checked; changing it measures again in the background.
     */
    public BooleanProperty wholeLatticeProperty() {
        return wholeLattice;
    }

    /** The risk measure shown; changing it re-measures at once. */
    public ObjectProperty<RiskMeasure> measureProperty() {
        return measure;
    }

    public List<RiskMeasure> measures() {
        return List.of(RiskMeasure.values());
    }

    /** The risk threshold as the user types it, in percent; used by {@link RiskMeasure#SHARE_AT_RISK}. */
    public StringProperty thresholdTextProperty() {
        return thresholdText;
    }

    /** The last valid threshold as a share in (0, 1]. */
    public ReadOnlyDoubleProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** Why the typed threshold is refused, or empty. */
    public ReadOnlyStringProperty thresholdErrorProperty() {
        return thresholdError.getReadOnlyProperty();
    }

    /** The measured trade-off, or {@code null} before a run, while measuring, or with an invalid threshold. */
    public ReadOnlyObjectProperty<TradeOff> tradeOffProperty() {
        return tradeOff.getReadOnlyProperty();
    }

    /** Every point, by transformation number. */
    public ObservableList<TradeOffPoint> points() {
        return pointsView;
    }

    /** The points on the Pareto frontier, by loss ascending. */
    public ObservableList<TradeOffPoint> frontier() {
        return frontierView;
    }

    /** The transformation selected in the workbench, or -1. */
    public ReadOnlyIntegerProperty selectedNodeProperty() {
        return anonymization.selectedNodeProperty();
    }

    /** What the view shows, or why it is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the risk is being measured in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of measuring, 0 to 1, negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The risk axis label for the current measure and threshold. */
    public String riskAxisLabel() {
        return TradeOffText.riskAxis(measure.get(), threshold.get());
    }
}
