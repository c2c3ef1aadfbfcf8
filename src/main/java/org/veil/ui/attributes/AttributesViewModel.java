package org.veil.ui.attributes;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.TypeCheck;
import org.veil.engine.data.TypeInference;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.HierarchyTable;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.data.DataViewModel;
import org.veil.ui.workspace.HierarchyActions;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Attributes step: the dataset with each column's role, and for the selected column its role,
 * type and hierarchy, each changed as an undoable command.
 */
public final class AttributesViewModel {

    private final WorkspaceModel workspace;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final HierarchyActions hierarchies;
    private final DataViewModel types;
    private final StringProperty selectedColumn = new SimpleStringProperty();
    private final ObjectBinding<ColumnDetails> details;
    private final ReadOnlyObjectWrapper<Dataset> hierarchyTable = new ReadOnlyObjectWrapper<>();
    private AssignedHierarchy shownHierarchy;

    public AttributesViewModel(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs) {
        this.workspace = workspace;
        this.work = work;
        this.dialogs = dialogs;
        this.hierarchies = new HierarchyActions(workspace, work, dialogs);
        this.types = new DataViewModel(workspace, dialogs);
        this.details = Bindings.createObjectBinding(() -> ColumnDetails.of(workspace.get(), selectedColumn.get()),
                workspace.workspaceProperty(), selectedColumn);
        workspace.workspaceProperty().addListener((o, old, now) -> keepSelectionValid(now));
        details.addListener((o, old, now) -> showHierarchyOf(now));
        keepSelectionValid(workspace.get());
        showHierarchyOf(details.get());
    }

    /** Keeps the selected column if the data still has it, else selects the first column. */
    private void keepSelectionValid(Workspace current) {
        if (current == null) {
            selectedColumn.set(null);
        } else if (selectedColumn.get() == null || !current.dataset().hasColumn(selectedColumn.get())) {
            selectedColumn.set(current.dataset().column(0).name());
        }
    }

    /** Rebuilds the hierarchy's table only when the hierarchy itself changed, not on every edit. */
    private void showHierarchyOf(ColumnDetails column) {
        AssignedHierarchy assigned = column == null ? null : column.hierarchy();
        if (assigned == null) {
            hierarchyTable.set(null);
        } else if (hierarchyTable.get() == null || assigned != shownHierarchy) {
            hierarchyTable.set(HierarchyTable.of(assigned.hierarchy()));
        }
        shownHierarchy = assigned;
    }

    public void changeRole(AttributeRole role) {
        ColumnDetails column = details.get();
        if (column == null || role == null || column.role() == role) {
            return;
        }
        workspace.change("Set role of " + column.name() + " to " + role.label(),
                ws -> ws.withConfiguration(ws.configuration().withRole(column.name(), role)));
    }

    /** Changes the selected column's type, as the Data step does: undoably, warning of invalid values. */
    public void changeType(ColumnType type) {
        ColumnDetails column = details.get();
        if (column != null) {
            changeType(column.index(), type);
        }
    }

    /** Changes a column's type, e.g. from its header's type badge. */
    public void changeType(int columnIndex, ColumnType type) {
        types.changeColumnType(columnIndex, type);
    }

    /**
     * Changes the selected column's type to a kind chosen in the panel. Without a date pattern, a date
     * gets the first usual pattern all of the column's values fit.
     */
    public void changeType(DataType kind, String datePattern) {
        ColumnDetails column = details.get();
        if (column == null || kind == null) {
            return;
        }
        String pattern = datePattern == null || datePattern.isBlank() ? suggestedDatePattern(column) : datePattern;
        try {
            changeType(kind == DataType.DATE ? ColumnType.date(pattern) : ColumnType.of(kind));
        } catch (IllegalArgumentException e) {
            dialogs.showError("Invalid date pattern", "'" + pattern + "' is not a usable date pattern: "
                    + e.getMessage());
        }
    }

    private String suggestedDatePattern(ColumnDetails column) {
        var data = workspace.get().dataset().column(column.index());
        return TypeInference.DATE_PATTERNS.stream()
                .filter(p -> TypeCheck.invalidValues(data, ColumnType.date(p)).isEmpty())
                .findFirst().orElse(TypeInference.DATE_PATTERNS.get(0));
    }

    /** Asks for a hierarchy file and imports it for the selected column. */
    public void importHierarchy() {
        ColumnDetails column = details.get();
        if (column != null) {
            hierarchies.askAndImport(column.name());
        }
    }

    /** Imports a hierarchy file for a column: see {@link HierarchyActions#importFile}. */
    public void importHierarchy(String column, Path file) {
        hierarchies.importFile(column, file);
    }

    public void removeHierarchy() {
        ColumnDetails column = details.get();
        if (column != null) {
            hierarchies.remove(column.name());
        }
    }

    /** The role of the column with this index in the dataset. */
    public AttributeRole roleOf(int columnIndex) {
        Workspace current = workspace.get();
        return current == null ? AttributeRole.INSENSITIVE
                : current.configuration().role(current.dataset().column(columnIndex).name());
    }

    /** The selected column's name, or {@code null}; set it to select another column. */
    public StringProperty selectedColumnProperty() {
        return selectedColumn;
    }

    /** The selected column's role, type, hierarchy and problems; {@code null} when none is selected. */
    public ObjectBinding<ColumnDetails> detailsProperty() {
        return details;
    }

    /** The selected column's hierarchy as a table (one column per level), or {@code null}. */
    public ReadOnlyObjectProperty<Dataset> hierarchyTableProperty() {
        return hierarchyTable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.workspaceProperty();
    }

    /** Whether a background job runs; hierarchy actions wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
