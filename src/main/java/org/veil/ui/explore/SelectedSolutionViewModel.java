package org.veil.ui.explore;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.veil.engine.search.Evaluation;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.common.TransformationText;

/** What the selected-solution panel says about the transformation applied and shown. */
public final class SelectedSolutionViewModel {

    static final String NONE_SELECTED = "No transformation selected: click one in the lattice or the table to apply it";

    private final AnonymizationModel anonymization;
    private final ReadOnlyIntegerProperty pending;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anonymous = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper optimum = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper levels = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suppressed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper classes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper metricTitle = new ReadOnlyStringWrapper("Metric");
    private final ReadOnlyStringWrapper metric = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applying = new ReadOnlyStringWrapper("");

    SelectedSolutionViewModel(AnonymizationModel anonymization, ReadOnlyIntegerProperty pending) {
        this.anonymization = anonymization;
        this.pending = pending;
        for (ObservableValue<?> source : List.of(anonymization.outcomeProperty(), anonymization.selectedProperty(),
                anonymization.selectedNodeProperty(), pending)) {
            source.addListener(o -> update());
        }
        update();
    }

    private void update() {
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed shown = anonymization.selectedProperty().get();
        present.set(outcome != null && shown != null);
        applying.set(outcome == null || pending.get() < 0 ? "" : "Applying "
                + TransformationText.levels(outcome.anonymization().levelsByName(pending.get())) + "…");
        if (!present.get()) {
            heading.set(outcome == null ? "" : NONE_SELECTED);
            for (ReadOnlyStringWrapper text : List.of(levels, verdict, suppressed, classes, metric)) {
                text.set("");
            }
            anonymous.set(false);
            optimum.set(false);
            return;
        }
        Evaluation evaluation = shown.evaluation();
        optimum.set(anonymization.selectedNodeProperty().get() == outcome.result().space().optimum());
        anonymous.set(evaluation.anonymous());
        heading.set(optimum.get() ? "Optimum" : "Selected transformation");
        levels.set(TransformationText.levels(shown.levels()));
        verdict.set(evaluation.anonymous() ? "Anonymous" : "Not anonymous");
        suppressed.set(TransformationText.records(evaluation.suppressedRecords(), shown.output().rowCount()));
        classes.set(String.format("%,d released, %,d suppressed", evaluation.retainedClasses(),
                evaluation.suppressedClasses()));
        metricTitle.set(TransformationText.metricTitle(outcome.request().metric()));
        metric.set(TransformationText.metricValue(evaluation.metricValue()));
    }

    /** Whether a transformation is shown. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anonymousProperty() {
        return anonymous.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty optimumProperty() {
        return optimum.getReadOnlyProperty();
    }

    /** "Optimum", "Selected transformation" or "No transformation selected". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The levels, e.g. {@code zip=2 · sex=0}. */
    public ReadOnlyStringProperty levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    /** "Anonymous" or "Not anonymous". */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Suppressed records with their share, e.g. {@code 17 records (0.09 %)}. */
    public ReadOnlyStringProperty suppressedProperty() {
        return suppressed.getReadOnlyProperty();
    }

    /** Equivalence classes, e.g. {@code 1,222 released, 12 suppressed}. */
    public ReadOnlyStringProperty classesProperty() {
        return classes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metricTitleProperty() {
        return metricTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metricProperty() {
        return metric.getReadOnlyProperty();
    }

    /** "Applying …" while a requested transformation is applied; else empty. */
    public ReadOnlyStringProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }
}
