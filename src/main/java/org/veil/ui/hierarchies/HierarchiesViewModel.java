package org.veil.ui.hierarchies;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.HierarchyPreview;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.LatestOnlyRunner;
import org.veil.ui.workspace.HierarchyActions;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Hierarchies step: the columns that need or have a hierarchy with the state of each, the
 * selected column's hierarchy level by level, and importing, exporting and removing hierarchies.
 * Imports and removals are undoable commands.
 */
public final class HierarchiesViewModel {

    private final WorkspaceModel workspace;
    private final BackgroundWork work;
    private final HierarchyActions hierarchies;
    private final ObservableList<HierarchyEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<HierarchyEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty selectedColumn = new SimpleStringProperty();
    private final ObjectBinding<HierarchyEntry> selected;
    private final HierarchyEditorViewModel editor;
    private final BooleanBinding hasHierarchy;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    /** With the preview computed on the caller's thread and the other quasi-identifiers at level 0: for tests. */
    public HierarchiesViewModel(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs) {
        this(workspace, work, dialogs, new SimpleObjectProperty<>(Map.of()),
                new LatestOnlyRunner<>(Runnable::run, Runnable::run));
    }

    /**
     * @param otherLevels the chosen solution's level per quasi-identifier, where the editor's preview
     *                    holds the other quasi-identifiers
     * @param previews    runs the preview in the background
     */
    public HierarchiesViewModel(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs,
            ObservableValue<Map<String, Integer>> otherLevels, LatestOnlyRunner<HierarchyPreview.Result> previews) {
        this.workspace = workspace;
        this.work = work;
        this.hierarchies = new HierarchyActions(workspace, work, dialogs);
        this.selected = Bindings.createObjectBinding(() -> entries.stream()
                .filter(entry -> entry.column().equals(selectedColumn.get())).findFirst().orElse(null),
                entries, selectedColumn);
        workspace.workspaceProperty().addListener((o, old, now) -> refresh(now));
        refresh(workspace.get());
        this.editor = new HierarchyEditorViewModel(workspace, selectedColumn, otherLevels, previews);
        this.hasHierarchy = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().hierarchy() != null, selected);
    }

    private void refresh(Workspace current) {
        List<HierarchyEntry> now = HierarchyEntry.of(current);
        if (!now.equals(entries)) {
            entries.setAll(now);
        }
        if (now.stream().noneMatch(entry -> entry.column().equals(selectedColumn.get()))) {
            selectedColumn.set(now.isEmpty() ? null : now.get(0).column());
        }
        hint.set(current == null ? "Open a dataset first (File › Open, Ctrl+O), or open the sample project."
                : current.configuration().columns(AttributeRole.QUASI_IDENTIFYING).isEmpty()
                        ? "No column is quasi-identifying yet. Mark columns as quasi-identifying in Attributes;"
                                + " each then needs a hierarchy here."
                        : "");
    }

    /** Asks for a hierarchy file and imports it for the selected column. */
    public void importHierarchy() {
        HierarchyEntry entry = selected.get();
        if (entry != null) {
            hierarchies.askAndImport(entry.column());
        }
    }

    /** Imports a hierarchy file for a column: see {@link HierarchyActions#importFile}. */
    public void importHierarchy(String column, Path file) {
        hierarchies.importFile(column, file);
    }

    /** Asks where to write the selected column's hierarchy, then writes it. */
    public void exportHierarchy() {
        HierarchyEntry entry = selected.get();
        if (entry != null) {
            hierarchies.askAndExport(entry.column());
        }
    }

    /** Writes a column's hierarchy: see {@link HierarchyActions#exportTo}. */
    public void exportHierarchy(String column, Path target) {
        hierarchies.exportTo(column, target);
    }

    public void removeHierarchy() {
        HierarchyEntry entry = selected.get();
        if (entry != null) {
            hierarchies.remove(entry.column());
        }
    }

    /** The columns that need or have a hierarchy, in dataset order. */
    public ObservableList<HierarchyEntry> entries() {
        return readOnlyEntries;
    }

    /** The selected column's name, or {@code null}; set it to select another. */
    public StringProperty selectedColumnProperty() {
        return selectedColumn;
    }

    public ObjectBinding<HierarchyEntry> selectedProperty() {
        return selected;
    }

    /**
     * The selected column's hierarchy, or the one suggested for a quasi-identifier without one, as a
     * table with level counts; {@code null} if there is neither.
     */
    public ReadOnlyObjectProperty<HierarchyDetails> detailsProperty() {
        return editor.detailsProperty();
    }

    /** Whether the selected column has a hierarchy (not just a suggestion): export and remove need one. */
    public BooleanBinding hasHierarchyProperty() {
        return hasHierarchy;
    }

    /** The editor of the selected column's hierarchy. */
    public HierarchyEditorViewModel editor() {
        return editor;
    }

    /** What to do first when there is nothing to show here; empty otherwise. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
