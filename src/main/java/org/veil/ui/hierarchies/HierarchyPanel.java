package org.veil.ui.hierarchies;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected column's hierarchy: what it is and the file actions on it; its builder; the hierarchy
 * as a tree and as a table side by side; and per level what it does to the column and the release.
 */
final class HierarchyPanel {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final HierarchyTableView table = new HierarchyTableView();
    private final VBox box;

    HierarchyPanel(HierarchiesViewModel viewModel) {
        title.getStyleClass().add("panel-title");
        title.setId("hierarchy-title");
        summary.setId("hierarchy-source");
        status.setId("hierarchy-status");
        status.setWrapText(true);
        Button importButton = button("Import…", "import-hierarchy", "Read a CSV file with one row per value of the"
                + " column: value;level 1;…;*\nA file that does not cover every value of the column is refused.",
                viewModel::importHierarchy);
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull()));
        Button export = button("Export…", "export-hierarchy", "Write this hierarchy to a CSV file (value;level 1;…;*),"
                + " e.g. to edit it in a spreadsheet", viewModel::exportHierarchy);
        export.disableProperty().bind(viewModel.busyProperty().or(viewModel.hasHierarchyProperty().not()));
        Button remove = button("Remove", "remove-hierarchy", "Unassign the hierarchy from this column (Ctrl+Z brings"
                + " it back)", viewModel::removeHierarchy);
        remove.disableProperty().bind(export.disableProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, new VBox(2, title, summary), gap, importButton, export, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        HierarchyEditorViewModel editor = viewModel.editor();
        SplitPane views = new SplitPane(new HierarchyTreePane(editor).node(), table.node());
        views.setDividerPositions(0.42);
        VBox.setVgrow(views, Priority.ALWAYS);
        Label perLevel = new Label("Levels");
        perLevel.getStyleClass().add("section-title");
        Label previewState = new Label();
        previewState.setId("preview-state");
        previewState.textProperty().bind(editor.previewStateProperty());
        Node levels = new LevelStatsTable(editor.levels(), editor.kProperty()).node();
        HBox levelsTitle = new HBox(10, perLevel, previewState);
        levelsTitle.setAlignment(Pos.BASELINE_LEFT);
        box = new VBox(8, header, status, new BuilderBar(editor).node(), views, levelsTitle, levels);
        box.setPadding(new Insets(8, 10, 10, 10));
        viewModel.selectedProperty().addListener((o, old, now) -> show(now));
        viewModel.detailsProperty().addListener((o, old, now) -> showDetails(now));
        show(viewModel.selectedProperty().get());
        showDetails(viewModel.detailsProperty().get());
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void show(HierarchyEntry entry) {
        box.setDisable(entry == null);
        title.setText(entry == null ? "No column selected" : entry.column() + " (" + entry.role().label().toLowerCase()
                + ")");
        status.setText(entry == null ? "" : entry.statusExplanation());
        status.getStyleClass().removeAll("error-text", "warning-text");
        if (entry != null && (entry.status() == HierarchyEntry.Status.MISSING
                || entry.status() == HierarchyEntry.Status.NOT_COVERING)) {
            status.getStyleClass().add("error-text");
        }
    }

    private void showDetails(HierarchyDetails details) {
        summary.setText(details == null ? "No hierarchy" : details.summary());
        table.show(details);
    }

    Node node() {
        return box;
    }
}
