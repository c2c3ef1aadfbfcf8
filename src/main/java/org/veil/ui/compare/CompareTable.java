package org.veil.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.veil.ui.data.RowIndexList;

/**
 * One side of the comparison: a virtualized table of the input or the output, every column of the
 * input in input order (identifiers removed from the output stay as empty, marked columns, so the
 * two sides line up). Rows of suppressed records and generalized values are marked through pseudo
 * classes that compare.css styles; cells look the state up when shown, nothing is stored per row.
 */
final class CompareTable {

    enum Side { INPUT, OUTPUT }

    static final double ROW_HEIGHT = 24;
    private static final PseudoClass SUPPRESSED = PseudoClass.getPseudoClass("suppressed");
    private static final PseudoClass GENERALIZED = PseudoClass.getPseudoClass("generalized");
    private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final Side side;
    private final TableView<Integer> table = new TableView<>();
    private final Tooltip suppressedTip = new Tooltip("Suppressed: this record's class was too small or violated a"
            + " model, so every quasi-identifier is released as *.");
    private Comparison comparison;

    CompareTable(Side side) {
        this.side = side;
        table.getStyleClass().addAll("compare-table", side == Side.INPUT ? "input-table" : "output-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setRowFactory(t -> new MarkedRow());
        Label placeholder = new Label("Select a transformation to compare its output with the input.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
    }

    TableView<Integer> node() {
        return table;
    }

    void show(Comparison shown) {
        comparison = shown;
        table.getColumns().clear();
        if (shown == null) {
            table.setItems(new RowIndexList(0));
            return;
        }
        table.getColumns().add(rowNumberColumn(shown.rowCount()));
        for (int i = 0; i < shown.columns().size(); i++) {
            table.getColumns().add(valueColumn(shown.columns().get(i), i));
        }
        table.setItems(new RowIndexList(shown.rowCount()));
    }

    private TableColumn<Integer, Integer> rowNumberColumn(int rows) {
        TableColumn<Integer, Integer> column = new TableColumn<>("#");
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ColumnWidths.rowNumber(rows));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new RowNumberCell());
        column.getStyleClass().add("row-number-column");
        return column;
    }

    private TableColumn<Integer, Integer> valueColumn(ComparedColumn compared, int index) {
        TableColumn<Integer, Integer> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setUserData(compared.name());
        Label name = new Label(compared.name());
        name.getStyleClass().add("column-name");
        Label tag = new Label(side == Side.INPUT ? compared.inputTag() : compared.outputTag());
        tag.getStyleClass().addAll("role-tag", "role-" + compared.role().name().toLowerCase().replace('_', '-'));
        VBox header = new VBox(1, name, tag);
        header.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(header, new Tooltip(compared.explanation()));
        column.setGraphic(header);
        column.setPrefWidth(ColumnWidths.of(comparison, index));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new ValueCell(index));
        return column;
    }

    /** Marks the rows of suppressed records. */
    private final class MarkedRow extends TableRow<Integer> {
        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(SUPPRESSED, !empty && row != null && comparison != null
                    && comparison.isSuppressed(row));
        }
    }

    private final class RowNumberCell extends TableCell<Integer, Integer> {
        private final Region icon = new Region();

        RowNumberCell() {
            icon.getStyleClass().add("suppressed-icon");
            Tooltip.install(icon, suppressedTip);
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            boolean suppressed = !empty && row != null && comparison.isSuppressed(row);
            setText(empty || row == null ? null : String.format("%,d", row + 1));
            setGraphic(suppressed ? icon : null);
        }
    }

    private final class ValueCell extends TableCell<Integer, Integer> {
        private final int column;

        ValueCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            boolean removed = comparison.columns().get(column).removed();
            String value = !shown ? null
                    : side == Side.INPUT ? comparison.inputValue(row, column)
                    : removed ? "" : comparison.outputValue(row, column);
            setText(!shown ? null : value == null ? "missing" : value);
            pseudoClassStateChanged(MISSING, shown && value == null);
            pseudoClassStateChanged(REMOVED, shown && removed);
            pseudoClassStateChanged(GENERALIZED, shown && comparison.isGeneralized(row, column));
        }
    }
}
