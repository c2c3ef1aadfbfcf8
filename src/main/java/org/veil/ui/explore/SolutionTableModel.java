package org.veil.ui.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.common.TransformationText;

/**
 * The table of transformations: every node of the solution space, filtered by state and by
 * conditions on levels ({@link LevelFilter}), sorted by any columns. Rows are node numbers; the
 * filtering and sorting work on int arrays, so even millions of transformations stay cheap.
 */
public final class SolutionTableModel {

    public enum Kind { LEVEL, HEIGHT, STATE, METRIC, SUPPRESSED }

    /** A column: one quasi-identifier's level, or another property of the transformation. */
    public record Field(Kind kind, int dimension) {
    }

    public record SortKey(Field field, boolean ascending) {
    }

    private final NodeList rows = new NodeList();
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(StateFilter.ALL);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> headers = new ReadOnlyObjectWrapper<>(List.of());
    private SolutionSpace space;
    private List<String> names = List.of();
    private String metricTitle = "Metric";
    private List<SortKey> sortKeys = List.of();

    public SolutionTableModel() {
        stateFilter.addListener((o, old, now) -> refresh());
        textFilter.addListener((o, old, now) -> refresh());
    }

    /** Shows a solution space, or nothing for {@code null}; filters and sort order stay. */
    public void show(SolutionSpace newSpace, List<String> qiNames, String newMetricTitle) {
        space = newSpace;
        names = List.copyOf(qiNames);
        metricTitle = newMetricTitle;
        headers.set(newSpace == null ? List.of() : fields().stream().map(this::header).toList());
        refresh();
    }

    /** Sorts by these columns, the first deciding most; an empty list restores node order. */
    public void sortBy(List<SortKey> keys) {
        sortKeys = List.copyOf(keys);
        refresh();
    }

    private void refresh() {
        if (space == null) {
            rows.setAll(new int[0]);
            count.set("");
            filterError.set("");
            return;
        }
        LevelFilter levels;
        try {
            levels = LevelFilter.parse(textFilter.get(), names);
            filterError.set("");
        } catch (IllegalArgumentException e) {
            levels = LevelFilter.NONE;
            filterError.set(e.getMessage());
        }
        Lattice lattice = space.lattice();
        int[] kept = new int[lattice.size()];
        int size = 0;
        StateFilter states = stateFilter.get();
        for (int node = 0; node < lattice.size(); node++) {
            if (states.accepts(space.state(node)) && levels.test(lattice, node)) {
                kept[size++] = node;
            }
        }
        kept = Arrays.copyOf(kept, size);
        if (!sortKeys.isEmpty()) {
            IntSort.sort(kept, new NodeOrder(space, sortKeys)::compare);
        }
        rows.setAll(kept);
        count.set(String.format("%,d of %,d transformations", size, lattice.size()));
    }

    /** The columns: each quasi-identifier's level, then height, state, metric value, suppressed records. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            fields.add(new Field(Kind.LEVEL, d));
        }
        for (Kind kind : List.of(Kind.HEIGHT, Kind.STATE, Kind.METRIC, Kind.SUPPRESSED)) {
            fields.add(new Field(kind, -1));
        }
        return fields;
    }

    public String header(Field field) {
        return switch (field.kind()) {
            case LEVEL -> names.get(field.dimension());
            case HEIGHT -> "Height";
            case STATE -> "State";
            case METRIC -> metricTitle;
            case SUPPRESSED -> "Suppressed";
        };
    }

    /** The column headers; a change means the columns changed (another configuration was run). */
    public ReadOnlyObjectProperty<List<String>> headersProperty() {
        return headers.getReadOnlyProperty();
    }

    /** What a cell shows. */
    public String text(int node, Field field) {
        return switch (field.kind()) {
            case LEVEL -> Integer.toString(space.lattice().level(node, field.dimension()));
            case HEIGHT -> Integer.toString(space.lattice().heightOf(node));
            case STATE -> NodeStateText.label(space.state(node));
            case METRIC -> TransformationText.metricValue(space.value(node));
            case SUPPRESSED -> space.suppressedRecords(node) < 0 ? "not computed"
                    : String.format("%,d", space.suppressedRecords(node));
        };
    }

    /** The row showing a node, or -1 if it is filtered out. */
    public int rowOf(int node) {
        for (int row = 0; row < rows.size(); row++) {
            if (rows.node(row) == node) {
                return row;
            }
        }
        return -1;
    }

    /** The node numbers shown, in table order. */
    public ObservableList<Integer> rows() {
        return rows;
    }

    public SolutionSpace space() {
        return space;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Why the text filter is not understood, or empty. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    /** How many transformations are shown, e.g. "1,234 of 6,480 transformations". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
