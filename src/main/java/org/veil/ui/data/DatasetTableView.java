package org.veil.ui.data;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;

/**
 * A virtualized table of a whole dataset: only visible rows are rendered, so it scrolls through
 * millions of rows. Each column header shows the column's name and a badge with its type; a click
 * on the badge offers the other types. Optionally, headers carry further badges below it (e.g. a
 * column's role), and a click on a column selects it.
 */
public final class DatasetTableView {

    /** A further badge in a column's header: its text, tooltip and style classes (e.g. its colour). */
    public record HeaderBadge(String text, String tooltip, List<String> styleClasses) {
    }

    private static final int WIDTH_SAMPLE_ROWS = 200;
    private static final String SELECTED = "selected-column";

    private final TableView<Integer> table = new TableView<>();
    private final BiConsumer<Integer, ColumnType> onTypeChosen;
    private final IntegerProperty selectedColumn = new SimpleIntegerProperty(-1);
    private IntFunction<List<HeaderBadge>> badges = index -> List.of();
    private Dataset dataset;

    /** @param onTypeChosen called with the column index and the type the user picked */
    public DatasetTableView(BiConsumer<Integer, ColumnType> onTypeChosen) {
        this.onTypeChosen = onTypeChosen;
        table.getStyleClass().add("dataset-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder("No data");
        selectedColumn.addListener((o, old, now) -> highlight(now.intValue()));
    }

    /** A table of values only: no type badges in the headers, e.g. for a hierarchy's levels. */
    public DatasetTableView() {
        this((BiConsumer<Integer, ColumnType>) null);
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

    /**
     * Shows a dataset, or nothing for {@code null}. The same columns again (e.g. after a type change)
     * are updated in place, so column widths and the scroll position stay.
     */
    public void show(Dataset dataset) {
        Dataset previous = this.dataset;
        this.dataset = dataset;
        if (dataset != null && previous != null && previous.rowCount() == dataset.rowCount()
                && previous.columnNames().equals(dataset.columnNames())) {
            for (int i = 0; i < dataset.columnCount(); i++) {
                showValues(dataColumn(i), dataset.column(i));
                dataColumn(i).setGraphic(header(dataset.column(i), i));
            }
            table.refresh();
            return;
        }
        table.getColumns().clear();
        if (dataset == null) {
            table.setItems(new RowIndexList(0));
            return;
        }
        table.getColumns().add(rowNumberColumn(dataset.rowCount()));
        for (int i = 0; i < dataset.columnCount(); i++) {
            table.getColumns().add(newDataColumn(dataset.column(i), i));
        }
        table.setItems(new RowIndexList(dataset.rowCount()));
        highlight(selectedColumn.get());
    }

    @SuppressWarnings("unchecked")
    private TableColumn<Integer, String> dataColumn(int index) {
        return (TableColumn<Integer, String>) table.getColumns().get(index + 1);
    }

    private static void showValues(TableColumn<Integer, String> column, Column data) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(data.value(cell.getValue())));
    }

    /**
     * Adds badges to every column header, in a row below the type badge; call {@link #refreshHeaders()} when
     * what they show changes.
     *
     * @param badges the badges of the column with the given index
     */
    public void setHeaderBadges(IntFunction<List<HeaderBadge>> badges) {
        this.badges = badges;
        refreshHeaders();
    }

    /** Redraws the column headers, e.g. after a role shown in a badge changed; keeps the scroll position. */
    public void refreshHeaders() {
        if (dataset == null) {
            return;
        }
        for (int i = 0; i < dataset.columnCount(); i++) {
            TableColumn<Integer, String> column = dataColumn(i);
            column.setGraphic(header(dataset.column(i), i));
            column.setPrefWidth(Math.max(column.getPrefWidth(), headerWidth(dataset.column(i), i)));
        }
    }

    /**
     * Lets a click on a column's header or cells select the column, and highlights the selected one.
     * The row-number column cannot be selected.
     */
    public void enableColumnSelection() {
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            int index = columnAt(e.getPickResult().getIntersectedNode());
            if (index >= 0) {
                selectedColumn.set(index);
            }
        });
    }

    /** The selected column's index in the dataset, or -1; set it to select a column. */
    public IntegerProperty selectedColumnProperty() {
        return selectedColumn;
    }

    /** Scrolls the table sideways so a column is in view. */
    public void scrollToColumn(int index) {
        if (dataset != null && index >= 0 && index < dataset.columnCount()) {
            table.scrollToColumnIndex(index + 1);
        }
    }

    private int columnAt(Node node) {
        for (Node n = node; n != null && n != table; n = n.getParent()) {
            TableColumnBase<?, ?> column = n instanceof TableColumnHeader header ? header.getTableColumn()
                    : n instanceof TableCell<?, ?> cell ? cell.getTableColumn() : null;
            if (column != null) {
                return table.getColumns().indexOf(column) - 1;
            }
        }
        return -1;
    }

    private void highlight(int index) {
        for (int i = 1; i < table.getColumns().size(); i++) {
            table.getColumns().get(i).getStyleClass().remove(SELECTED);
        }
        if (index >= 0 && index + 1 < table.getColumns().size()) {
            table.getColumns().get(index + 1).getStyleClass().add(SELECTED);
        }
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

    private TableColumn<Integer, String> newDataColumn(Column data, int index) {
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setGraphic(header(data, index));
        column.setUserData(data.name());
        showValues(column, data);
        column.setCellFactory(c -> new ValueCell());
        column.setPrefWidth(Math.max(preferredWidth(data), headerWidth(data, index)));
        return column;
    }

    /** The name, the type badge below it, and any further badges in a row below that. */
    private VBox header(Column data, int index) {
        Label name = new Label(data.name());
        name.getStyleClass().add("column-name");
        VBox box = new VBox(2, name);
        box.setAlignment(Pos.CENTER_LEFT);
        if (onTypeChosen != null) {
            Label badge = new Label(data.type().label());
            badge.getStyleClass().addAll("type-badge", "type-" + data.type().dataType().name().toLowerCase());
            badge.setTooltip(new Tooltip("Data type of '" + data.name() + "'. Click to change it."));
            badge.setOnMouseClicked(e -> TypeMenu.create(data.type(), type -> onTypeChosen.accept(index, type))
                    .show(badge, e.getScreenX(), e.getScreenY()));
            box.getChildren().add(badge);
        }
        HBox extras = new HBox(4);
        extras.setAlignment(Pos.CENTER_LEFT);
        for (HeaderBadge extra : badges.apply(index)) {
            Label badge = new Label(extra.text());
            badge.getStyleClass().addAll(extra.styleClasses());
            if (extra.tooltip() != null && !extra.tooltip().isEmpty()) {
                badge.setTooltip(new Tooltip(extra.tooltip()));
            }
            extras.getChildren().add(badge);
        }
        if (!extras.getChildren().isEmpty()) {
            box.getChildren().add(extras);
        }
        return box;
    }

    /** Room for the name (bold) and for each line of badges (small text with padding). */
    private double headerWidth(Column data, int index) {
        double widest = textWidth(data.name()) * 1.1;
        if (onTypeChosen != null) {
            widest = Math.max(widest, badgeWidth(data.type().label()));
        }
        widest = Math.max(widest, badges.apply(index).stream().mapToDouble(b -> badgeWidth(b.text()) + 4).sum());
        return widest + 24;
    }

    private static double badgeWidth(String text) {
        return textWidth(text) * 0.85 + 14;
    }

    private static double preferredWidth(Column data) {
        double widest = textWidth(data.name());
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
