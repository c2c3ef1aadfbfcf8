package org.veil.ui.hierarchies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.data.Column;
import org.veil.engine.data.DataType;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.HierarchyEdits;
import org.veil.engine.hierarchy.build.HierarchySuggestion;
import org.veil.engine.risk.LevelPreview;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.HierarchyPreview;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.LatestOnlyRunner;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The hierarchy editor of the selected column. It shows a draft: the column's hierarchy, or for a
 * quasi-identifier without one a suggested hierarchy that the user accepts or changes first. A
 * builder's parameters or an edit by hand change the column's hierarchy as one undoable command
 * each; while the draft is only a suggestion they change the suggestion. For every level the editor
 * shows what the level does to the column and, computed in the background, to the whole release.
 */
public final class HierarchyEditorViewModel {

    private final WorkspaceModel workspace;
    private final ObservableValue<String> column;
    private final ObservableValue<Map<String, Integer>> otherLevels;
    private final LatestOnlyRunner<HierarchyPreview.Result> previews;
    private final BuilderForm form = new BuilderForm();
    private final ObjectProperty<BuilderKind> kind = new SimpleObjectProperty<>(BuilderKind.MANUAL);
    private final ReadOnlyObjectWrapper<AssignedHierarchy> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper suggested = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HierarchyDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HierarchyTree.Node> tree = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper k = new ReadOnlyIntegerWrapper(2);
    private final ObservableList<LevelRow> levels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewState = new ReadOnlyStringWrapper("");
    private Workspace shownFor;
    private String shownColumn;

    /**
     * @param column      the selected column, or {@code null}
     * @param otherLevels the levels of the solution chosen last by quasi-identifier (empty before a run):
     *                    the preview holds the other quasi-identifiers there
     */
    public HierarchyEditorViewModel(WorkspaceModel workspace, ObservableValue<String> column,
            ObservableValue<Map<String, Integer>> otherLevels, LatestOnlyRunner<HierarchyPreview.Result> previews) {
        this.workspace = workspace;
        this.column = column;
        this.otherLevels = otherLevels;
        this.previews = previews;
        workspace.workspaceProperty().addListener((o, old, now) -> reload());
        column.addListener((o, old, now) -> reload());
        otherLevels.addListener((o, old, now) -> refreshPreview());
        kind.addListener((o, old, now) -> prefill(now));
        reload();
    }

    /** Gives a builder's fields the column's own starting points: its values to order, its date pattern. */
    private void prefill(BuilderKind chosen) {
        Workspace current = workspace.get();
        String name = column.getValue();
        if (current == null || name == null || !current.dataset().hasColumn(name)) {
            return;
        }
        Column data = current.dataset().column(name);
        if (chosen == BuilderKind.ORDER && form.order.get().isBlank()) {
            form.order.set(String.join("\n", values(data).stream().sorted().toList()));
        } else if (chosen == BuilderKind.DATES && data.type().dataType() == DataType.DATE) {
            form.datePattern.set(data.type().pattern());
        }
    }

    /** Shows the column's hierarchy, or a suggestion; keeps an unaccepted suggestion while only other things change. */
    private void reload() {
        Workspace current = workspace.get();
        String name = column.getValue();
        AssignedHierarchy assigned = current == null || name == null ? null : current.configuration().hierarchy(name);
        boolean sameSuggestion = suggested.get() && assigned == null && name != null && name.equals(shownColumn)
                && current != null && shownFor != null && current.dataset() == shownFor.dataset();
        shownFor = current;
        shownColumn = name;
        error.set("");
        if (current == null || name == null || !current.dataset().hasColumn(name)) {
            show(null, false);
        } else if (assigned != null) {
            kind.set(BuilderKind.of(assigned.builder()));
            if (assigned.builder() != null) {
                form.load(assigned.builder());
            }
            show(assigned, false);
        } else if (sameSuggestion) {
            show(draft.get(), true);
        } else if (current.configuration().role(name) == AttributeRole.QUASI_IDENTIFYING) {
            show(suggestion(current.dataset().column(name)).orElse(null), true);
        } else {
            show(null, false);
        }
    }

    private Optional<AssignedHierarchy> suggestion(Column data) {
        Optional<HierarchyBuilder> builder = HierarchySuggestion.suggest(data.type(), values(data));
        if (builder.isEmpty()) {
            return Optional.empty();
        }
        kind.set(BuilderKind.of(builder.get()));
        form.load(builder.get());
        try {
            return Optional.of(AssignedHierarchy.built(builder.get().build(values(data)), builder.get()));
        } catch (HierarchyException e) {
            error.set(e.getMessage()); // a suggestion always builds; say so plainly if it ever does not
            return Optional.empty();
        }
    }

    /** The column's distinct values that occur in the data, as the builders take them. */
    private static List<String> values(Column data) {
        List<String> values = new ArrayList<>();
        int[] frequencies = data.frequencies();
        for (int code = 0; code < frequencies.length; code++) {
            String value = data.dictionary().value(code);
            if (value != null && frequencies[code] > 0) {
                values.add(value);
            }
        }
        return values;
    }

    private void show(AssignedHierarchy shown, boolean isSuggestion) {
        draft.set(shown);
        suggested.set(isSuggestion && shown != null);
        Workspace current = workspace.get();
        k.set(current == null ? 2 : current.configuration().smallClassThreshold());
        if (shown == null) {
            details.set(null);
            tree.set(null);
            levels.clear();
            previews.cancel();
            previewState.set("");
            return;
        }
        details.set(HierarchyDetails.of(current, column.getValue(), shown));
        tree.set(HierarchyTree.of(shown.hierarchy(), current.dataset().column(column.getValue())));
        levels.setAll(details.get().levels().stream().map(level -> new LevelRow(level, null)).toList());
        refreshPreview();
    }

    private void refreshPreview() {
        AssignedHierarchy shown = draft.get();
        Workspace current = workspace.get();
        String name = column.getValue();
        if (shown == null || current == null) {
            return;
        }
        Map<String, Integer> others = otherLevels.getValue() == null ? Map.of() : otherLevels.getValue();
        previewState.set("Computing…");
        previews.submit(cancel -> HierarchyPreview.of(current, name, shown.hierarchy(), others, cancel),
                result -> {
                    List<LevelRow> rows = new ArrayList<>();
                    for (int i = 0; i < levels.size(); i++) {
                        LevelPreview.Level preview = i < result.levels().size() ? result.levels().get(i) : null;
                        rows.add(new LevelRow(levels.get(i).column(), preview));
                    }
                    levels.setAll(rows);
                    previewState.set("");
                },
                failure -> previewState.set("The preview failed: " + failure.getMessage()));
    }

    /** Builds a hierarchy with the chosen builder and the form's parameters. */
    public void applyBuilder() {
        AssignedHierarchy shown = draft.get();
        String name = column.getValue();
        if (workspace.get() == null || name == null) {
            return;
        }
        if (kind.get() == BuilderKind.MANUAL) {
            error.set("");
            return;
        }
        HierarchyBuilder builder;
        Hierarchy built;
        try {
            builder = form.toBuilder(kind.get());
            built = builder.build(values(workspace.get().dataset().column(name)));
        } catch (IllegalArgumentException | HierarchyException e) {
            error.set(message(e));
            return;
        }
        error.set("");
        AssignedHierarchy result = AssignedHierarchy.built(built, builder);
        if (shown != null && builder.equals(shown.builder())) {
            return; // nothing changed, e.g. a field left without editing
        }
        if (suggested.get()) {
            show(result, true);
        } else {
            assign("Build hierarchy of " + name + ": " + builder.describe(), result);
        }
    }

    /** Makes the suggested hierarchy the column's. */
    public void acceptSuggestion() {
        if (suggested.get()) {
            assign("Use suggested hierarchy for " + column.getValue(), draft.get());
        }
    }

    /** Renames a group; a label another group of the level has merges the two (same parent only). */
    public void rename(int level, String group, String newLabel) {
        edit("Rename " + group + " to " + newLabel, () -> HierarchyEdits.renameGroup(hierarchy(), level, group,
                newLabel));
    }

    /** Moves a value or group, with all under it, into another group of the level above. */
    public void move(int level, String node, String targetGroup) {
        edit("Move " + node + " to " + targetGroup, () -> HierarchyEdits.move(hierarchy(), level, node, targetGroup));
    }

    /** Adds a level above {@code level}, a copy of it to regroup by hand. */
    public void addLevelAbove(int level) {
        edit("Add a level above level " + level, () -> HierarchyEdits.addLevelAbove(hierarchy(), level));
    }

    public void removeLevel(int level) {
        edit("Remove level " + level, () -> HierarchyEdits.removeLevel(hierarchy(), level));
    }

    /** An edit by hand: the hierarchy no longer comes from its builder, so it becomes a manual one. */
    private void edit(String what, HierarchyEdit edit) {
        if (draft.get() == null) {
            return;
        }
        try {
            Hierarchy edited = edit.apply();
            error.set("");
            String source = draft.get().source().endsWith(" (edited)") ? draft.get().source()
                    : draft.get().source() + " (edited)";
            kind.set(BuilderKind.MANUAL);
            assign(what + " in the hierarchy of " + column.getValue(), new AssignedHierarchy(edited, source));
        } catch (HierarchyException | IllegalArgumentException e) {
            error.set(message(e));
        }
    }

    private Hierarchy hierarchy() {
        return draft.get().hierarchy();
    }

    private void assign(String description, AssignedHierarchy assigned) {
        String name = column.getValue();
        suggested.set(false);
        workspace.change(description, ws -> ws.withConfiguration(ws.configuration().withHierarchy(name, assigned)));
    }

    /** A refusal's message, which for a hierarchy already lists its problems. */
    private static String message(Exception e) {
        return e.getMessage();
    }

    /** An edit that may be refused. */
    @FunctionalInterface
    private interface HierarchyEdit {
        Hierarchy apply() throws HierarchyException;
    }

    public BuilderForm form() {
        return form;
    }

    /** The builder chosen in the editor; by hand for imported or edited hierarchies. */
    public ObjectProperty<BuilderKind> kindProperty() {
        return kind;
    }

    /** The hierarchy shown: the column's, or a suggestion; {@code null} for none. */
    public ReadOnlyObjectProperty<AssignedHierarchy> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** Whether the draft is a suggestion the column does not have yet. */
    public ReadOnlyBooleanProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    /** Why the last build or edit was refused; empty if it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The draft as a table with what each level does to the column; {@code null} without a draft. */
    public ReadOnlyObjectProperty<HierarchyDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HierarchyTree.Node> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** The k below which a group or class counts as small. */
    public ReadOnlyIntegerProperty kProperty() {
        return k.getReadOnlyProperty();
    }

    public ObservableList<LevelRow> levels() {
        return levels;
    }

    /** "Computing…" while the preview is computed, or why it failed; empty otherwise. */
    public ReadOnlyStringProperty previewStateProperty() {
        return previewState.getReadOnlyProperty();
    }
}
