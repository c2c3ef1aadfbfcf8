package org.veil.ui.hierarchies;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.collections.ObservableList;
import org.veil.engine.risk.LevelPreview;

/**
 * Per level of the hierarchy being edited: its groups and how small they get in this column, then
 * the preview of the release with the other quasi-identifiers at their current levels: records in
 * classes smaller than k, and the share of records that are unique.
 */
final class LevelStatsTable {

    private static final double ROW_HEIGHT = 24;

    private final TableView<LevelRow> table;

    LevelStatsTable(ObservableList<LevelRow> rows, ReadOnlyIntegerProperty k) {
        table = new TableView<>(rows);
        table.setId("level-records");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(constant("Level"), 120, "The level of the hierarchy; 0 holds the original"
                + " values", row -> row.column().title()));
        table.getColumns().add(column(constant("Groups"), 70, "Distinct values of this level that some record has",
                row -> String.format("%,d", row.column().groupsInData())));
        table.getColumns().add(column(constant("Smallest group"), 115, "Records that share the rarest value of this"
                + " level", row -> records(row.column().smallestGroup())));
        table.getColumns().add(column(k.asString("In groups < %d"), 115, "Records whose value of this level fewer"
                + " than k records share, in this column alone", row -> records(row.column().recordsInSmallGroups())));
        table.getColumns().add(column(k.asString("Release: classes < %d"), 150, "With this column at the level and"
                + " the other quasi-identifiers at the levels of the solution chosen last (else 0): records in"
                + " classes of fewer than k records, before suppression",
                row -> row.preview() == null ? "…" : records(row.preview().recordsInSmallClasses())));
        table.getColumns().add(column(constant("Release: unique"), 120, "Likewise: the share of records that are"
                + " alone in their class", row -> row.preview() == null ? "…" : percent(row.preview())));
        table.setPlaceholder(new Label("No hierarchy"));
        table.setFixedCellSize(ROW_HEIGHT);
        rows.addListener((javafx.collections.ListChangeListener<LevelRow>) change -> fitHeight());
        fitHeight();
        Tooltip kTip = new Tooltip();
        kTip.textProperty().bind(k.asString("Small means fewer than k = %d records (the largest k of the"
                + " k-anonymity models, else 2)"));
        table.setTooltip(kTip);
    }

    /** As tall as its rows, so the tree and table above get the rest. */
    private void fitHeight() {
        double height = 30 + ROW_HEIGHT * Math.max(2, table.getItems().size()) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private static String percent(LevelPreview.Level preview) {
        return String.format("%.1f %%", 100 * preview.uniqueShare());
    }

    private static String records(int count) {
        return String.format("%,d record%s", count, count == 1 ? "" : "s");
    }

    private static StringExpression constant(String text) {
        return Bindings.concat(text);
    }

    private static TableColumn<LevelRow, String> column(StringExpression title, double width, String tooltip,
            Function<LevelRow, String> value) {
        TableColumn<LevelRow, String> column = new TableColumn<>();
        column.setPrefWidth(width);
        Label header = new Label();
        header.textProperty().bind(title);
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
