package org.veil.ui.hierarchies;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.veil.service.workspace.HierarchyLevels.Level;

/**
 * Per level, how the column's records fall into the level's groups: how many groups occur in the
 * data and how many records the smallest and largest hold. A level whose smallest group is below
 * k will need suppression or a higher level of another column.
 */
final class LevelRecordsTable {

    private final TableView<Level> table = new TableView<>();

    LevelRecordsTable() {
        table.setId("level-records");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Level", "The level of the hierarchy; 0 holds the original values",
                Level::title));
        table.getColumns().add(column("Groups in the data", "Distinct values of this level that some record has",
                level -> String.format("%,d", level.groupsInData())));
        table.getColumns().add(column("Smallest group", "Records that share the rarest value of this level;"
                + " a group smaller than k needs suppression", level -> records(level.smallestGroup())));
        table.getColumns().add(column("Largest group", "Records that share the most common value of this level",
                level -> records(level.largestGroup())));
        table.setPlaceholder(new Label("No hierarchy"));
        table.setFixedCellSize(24);
    }

    void show(HierarchyDetails details) {
        table.getItems().setAll(details == null ? java.util.List.of() : details.levels());
        table.setPrefHeight(30 + 24 * Math.max(2, table.getItems().size()) + 4);
        table.setMinHeight(table.getPrefHeight());
    }

    private static String records(int count) {
        return String.format("%,d record%s", count, count == 1 ? "" : "s");
    }

    private static TableColumn<Level, String> column(String title, String tooltip, Function<Level, String> value) {
        TableColumn<Level, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tooltip));
        column.setGraphic(header);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    Node node() {
        return table;
    }
}
