package org.veil.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.veil.engine.search.Transformed;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.compare.ComparedColumn.Role;
import org.veil.ui.workspace.AnonymizationModel;

/** The comparison of the input with the selected transformation, kept up to date with the selection. */
public final class CompareViewModel {

    private final AnonymizationModel anonymization;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public CompareViewModel(AnonymizationModel anonymization) {
        this.anonymization = anonymization;
        anonymization.selectedProperty().addListener(o -> update());
        anonymization.outcomeProperty().addListener(o -> update());
        update();
    }

    private void update() {
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed shown = anonymization.selectedProperty().get();
        Comparison current = comparison.get();
        if (outcome == null || shown == null) {
            comparison.set(null);
        } else if (current == null || current.output() != shown.output()) {
            comparison.set(Comparison.of(outcome.request(), shown));
        }
        summary.set(comparison.get() == null ? "" : summaryText(comparison.get()));
    }

    private static String summaryText(Comparison comparison) {
        List<ComparedColumn> columns = comparison.columns();
        long generalized = columns.stream().filter(c -> c.role() == Role.QUASI_IDENTIFIER && c.level() > 0).count();
        long quasi = columns.stream().filter(c -> c.role() == Role.QUASI_IDENTIFIER).count();
        long removed = columns.stream().filter(ComparedColumn::removed).count();
        int records = comparison.suppressedRecords();
        double share = comparison.rowCount() == 0 ? 0 : 100.0 * records / comparison.rowCount();
        return String.format("%,d record%s suppressed (%.2f %%) · %d of %d quasi-identifiers generalized · %d"
                + " identifier%s removed", records, records == 1 ? "" : "s", share, generalized, quasi, removed,
                removed == 1 ? "" : "s");
    }

    /** The comparison shown, or {@code null} while no transformation is selected. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** One line: suppressed records, generalized quasi-identifiers, removed identifiers. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The next suppressed row after {@code row} (wrapping), or -1. */
    public int nextSuppressed(int row) {
        return comparison.get() == null ? -1 : comparison.get().nextSuppressed(row);
    }

    public int previousSuppressed(int row) {
        return comparison.get() == null ? -1 : comparison.get().previousSuppressed(row);
    }
}
