package org.veil.ui.attributes;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.veil.ui.data.DatasetTableView;

/**
 * The selected column's hierarchy: where it came from, its height and size, its rows as a table
 * (one column per level), and Import and Remove.
 */
final class HierarchySection {

    private final Label summary = new Label();
    private final Label use = new Label();
    private final Button remove = new Button("Remove hierarchy");
    private final VBox box;

    HierarchySection(AttributesViewModel viewModel) {
        summary.setId("hierarchy-summary");
        summary.setWrapText(true);
        use.setWrapText(true);
        use.getStyleClass().add("field-hint");
        Button importButton = new Button("Import hierarchy…");
        importButton.setId("import-hierarchy");
        importButton.setTooltip(new Tooltip("Read a CSV file with one row per value of the column: value;level 1;"
                + "…;* (as the sample's hierarchy_zip.csv).\nA file that does not cover every value is refused."));
        importButton.setOnAction(e -> viewModel.importHierarchy());
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.detailsProperty().isNull()));
        remove.setId("remove-hierarchy");
        remove.setTooltip(new Tooltip("Unassign this hierarchy from the column (Ctrl+Z brings it back)"));
        remove.setOnAction(e -> viewModel.removeHierarchy());
        DatasetTableView table = new DatasetTableView();
        table.node().setId("attribute-hierarchy-table");
        table.node().setPrefHeight(210);
        table.node().setMinHeight(120);
        table.node().visibleProperty().bind(viewModel.hierarchyTableProperty().isNotNull());
        table.node().managedProperty().bind(table.node().visibleProperty());
        viewModel.hierarchyTableProperty().addListener((o, old, now) -> table.show(now));
        table.show(viewModel.hierarchyTableProperty().get());
        box = new VBox(4, ColumnPanel.title("Hierarchy"), summary, use, new HBox(6, importButton, remove),
                table.node());
    }

    void show(ColumnDetails column) {
        summary.setText(column.hierarchySummary());
        use.setText(column.hierarchyUse());
        remove.setDisable(column.hierarchy() == null);
    }

    Node node() {
        return box;
    }
}
