package org.veil.ui.data;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;

/**
 * A virtualized table of a whole dataset: only visible rows are rendered, so it scrolls through
 * millions of rows. Each column header shows the column's name and a badge with its type; a click
 * on the badge offers the other types.
 */
public final class DatasetTableView {

    private static final int WIDTH_SAMPLE_ROWS = 200;

    private final TableView<Integer> table = new TableView<>();
    private final BiConsumer<Integer, ColumnType> onTypeChosen;

    /** @param onTypeChosen called with the column index and the type the user picked */
    public DatasetTableView(BiConsumer<Integer, ColumnType> onTypeChosen) {
        this.onTypeChosen = onTypeChosen;
        table.getStyleClass().add("dataset-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder("No data");
    }

    public TableView<Integer> node() {
        return table;
    }

    /** What the table says while it shows no rows. */
    public void setPlaceholder(String text) {
        Label placeholder = new Label(text);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
    }

    /** Shows a dataset, or nothing for {@code null}. */
    public void show(Dataset dataset) {
        table.getColumns().clear();
        if (dataset == null) {
            table.setItems(new RowIndexList(0));
            return;
        }
        table.getColumns().add(rowNumberColumn(dataset.rowCount()));
        for (int i = 0; i < dataset.columnCount(); i++) {
            table.getColumns().add(dataColumn(dataset.column(i), i));
        }
        table.setItems(new RowIndexList(dataset.rowCount()));
    }

    private TableColumn<Integer, String> rowNumberColumn(int rows) {
        TableColumn<Integer, String> column = new TableColumn<>("#");
        column.setSortable(false);
        column.setReorderable(false);
        column.getStyleClass().add("row-number-column");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(String.format("%,d", cell.getValue() + 1)));
        column.setPrefWidth(textWidth(String.format("%,d", rows)) + 24);
        return column;
    }

    private TableColumn<Integer, String> dataColumn(Column data, int index) {
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setGraphic(header(data, index));
        column.setUserData(data.name());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(data.value(cell.getValue())));
        column.setCellFactory(c -> new ValueCell());
        column.setPrefWidth(preferredWidth(data));
        return column;
    }

    private VBox header(Column data, int index) {
        Label name = new Label(data.name());
        name.getStyleClass().add("column-name");
        Label badge = new Label(data.type().label());
        badge.getStyleClass().addAll("type-badge", "type-" + data.type().dataType().name().toLowerCase());
        badge.setTooltip(new Tooltip("Data type of '" + data.name() + "'. Click to change it."));
        badge.setOnMouseClicked(e -> TypeMenu.create(data.type(), type -> onTypeChosen.accept(index, type))
                .show(badge, e.getScreenX(), e.getScreenY()));
        VBox box = new VBox(2, name, badge);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static double preferredWidth(Column data) {
        double widest = Math.max(textWidth(data.name()), textWidth(data.type().label()) + 10);
        int rows = Math.min(WIDTH_SAMPLE_ROWS, data.rowCount());
        for (int row = 0; row < rows; row++) {
            String value = data.value(row);
            if (value != null) {
                widest = Math.max(widest, textWidth(value));
            }
        }
        return Math.min(320, Math.max(70, widest + 24));
    }

    private static double textWidth(String text) {
        Text measure = new Text(text);
        measure.setFont(Font.getDefault());
        return measure.getLayoutBounds().getWidth();
    }

    /** Shows missing values as a grey "missing", so they cannot be mistaken for empty text. */
    private static final class ValueCell extends TableCell<Integer, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("missing-value");
            if (empty) {
                setText(null);
            } else if (value == null) {
                setText("missing");
                getStyleClass().add("missing-value");
            } else {
                setText(value);
            }
        }
    }
}
