package org.veil.ui.explore;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.search.AnonymizationResult;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.common.TransformationText;

/**
 * The Explore step: the solution space of the last run as a lattice layout and a table, the
 * transformation the user asks for, and what to say when there is nothing to explore.
 */
public final class ExploreViewModel {

    static final String RUN_FIRST = "Run the anonymization (Run › Anonymize, Ctrl+R) to explore its solutions.";
    static final String WORKING = "Working… the solutions appear here when the run ends.";

    private final AnonymizationModel anonymization;
    private final SelectionRequests requests;
    private final SolutionTableModel table = new SolutionTableModel();
    private final SelectedSolutionViewModel selection;
    private final ReadOnlyObjectWrapper<LatticeLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tooLarge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noSolution = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper optimum = new ReadOnlyIntegerWrapper(-1);
    private final StringBinding emptyMessage;
    private NodeDescriber describer;

    /**
     * @param busy  whether a background job runs (selections asked for meanwhile wait for it)
     * @param later runs an action once the current event is handled ({@code Platform::runLater})
     */
    public ExploreViewModel(AnonymizationModel anonymization, ObservableBooleanValue busy, Executor later) {
        this.anonymization = anonymization;
        this.requests = new SelectionRequests(anonymization, busy, later);
        this.selection = new SelectedSolutionViewModel(anonymization, requests.pendingProperty());
        this.emptyMessage = Bindings.createStringBinding(() -> anonymization.outcomeProperty().get() != null ? ""
                : busy.get() ? WORKING
                : anonymization.canRunProperty().get() ? RUN_FIRST
                : RUN_FIRST + "\n" + anonymization.whyNotProperty().get(),
                anonymization.outcomeProperty(), anonymization.canRunProperty(), anonymization.whyNotProperty(), busy);
        anonymization.outcomeProperty().addListener((o, old, now) -> show(now));
        show(anonymization.outcomeProperty().get());
    }

    private void show(AnonymizationOutcome outcome) {
        SolutionSpace space = outcome == null ? null : outcome.result().space();
        describer = outcome == null ? null : new NodeDescriber(outcome);
        List<String> names = outcome == null ? List.of() : List.copyOf(outcome.request().quasiIdentifiers().keySet());
        table.show(space, names, outcome == null ? "" : TransformationText.metricTitle(outcome.request().metric()));
        optimum.set(space == null ? -1 : space.optimum());
        noSolution.set(outcome == null || outcome.isAnonymous() ? "" : noSolutionText(outcome));
        summary.set(outcome == null ? "" : summaryText(outcome.result()));
        Lattice lattice = space == null ? null : space.lattice();
        boolean drawable = lattice != null && LatticeLayout.isDrawable(lattice);
        layout.set(drawable ? LatticeLayout.of(lattice) : null);
        tooLarge.set(lattice == null || drawable ? "" : String.format("This solution space has %,d transformations,"
                + " up to %,d of them at one height: too many to draw legibly (at most %,d a row can be drawn)."
                + " Filter and sort them in the table.", lattice.size(), LatticeLayout.widestRow(lattice),
                LatticeLayout.MAX_DRAWN_ROW));
    }

    private static String noSolutionText(AnonymizationOutcome outcome) {
        double limit = outcome.request().suppressionLimit();
        String within = limit == 0 ? "without suppressing records"
                : String.format("with at most %s %% of the records suppressed", percent(limit));
        return "No transformation satisfies the privacy models " + within + ". Raise the suppression limit or"
                + " relax the models (Privacy step), then run again. The transformations below show what was tried.";
    }

    private static String percent(double share) {
        double percent = share * 100;
        return percent == Math.rint(percent) ? String.format("%.0f", percent) : String.format("%.2f", percent);
    }

    private static String summaryText(AnonymizationResult result) {
        SolutionSpace space = result.space();
        int anonymous = space.count(NodeState.ANONYMOUS) + space.count(NodeState.ANONYMOUS_INFERRED);
        return String.format("%,d transformations · %,d checked · %,d anonymous · searched in %s",
                space.lattice().size(), result.transformationsChecked(), anonymous, duration(result.millis()));
    }

    /** Milliseconds below a second, else seconds: a fast search must not read "0.0 s". */
    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
    }

    /** Applies a transformation and selects it; if a job runs, once it ends. */
    public void select(int node) {
        requests.request(node);
    }

    public void selectOptimum() {
        select(optimum.get());
    }

    /** Several lines on a transformation for its tooltip; empty without an outcome. */
    public String describe(int node) {
        return describer == null || node < 0 ? "" : describer.describe(node, node == optimum.get());
    }

    public SolutionTableModel table() {
        return table;
    }

    public SelectedSolutionViewModel selection() {
        return selection;
    }

    public ReadOnlyObjectProperty<AnonymizationOutcome> outcomeProperty() {
        return anonymization.outcomeProperty();
    }

    /** The layout of the lattice, or {@code null} without an outcome or when it is too large to draw. */
    public ReadOnlyObjectProperty<LatticeLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Why the lattice is not drawn, or empty. */
    public ReadOnlyStringProperty tooLargeProperty() {
        return tooLarge.getReadOnlyProperty();
    }

    /** What to do before there is anything to explore; empty once there is an outcome. */
    public StringBinding emptyMessageProperty() {
        return emptyMessage;
    }

    /** Said when the last run found no anonymous transformation; else empty. */
    public ReadOnlyStringProperty noSolutionProperty() {
        return noSolution.getReadOnlyProperty();
    }

    /** One line on the space: its size, checked and anonymous transformations, time. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty optimumProperty() {
        return optimum.getReadOnlyProperty();
    }

    /** The selected transformation applied to the data, or {@code null}. */
    public ReadOnlyObjectProperty<Transformed> selectedProperty() {
        return anonymization.selectedProperty();
    }

    /** The transformation applied and shown. */
    public ReadOnlyIntegerProperty selectedNodeProperty() {
        return anonymization.selectedNodeProperty();
    }

    /** The transformation asked for: the pending one while it is applied, else the selected one. */
    public IntegerBinding requestedNodeProperty() {
        return requests.requestedProperty();
    }

    public ReadOnlyIntegerProperty pendingNodeProperty() {
        return requests.pendingProperty();
    }
}
