package org.veil.ui.analyze;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths from what the columns hold: every header and every value at full length, so a table
 * beside a chart shows its figures whole instead of "99.2 % · sep. 1…". The table asks for the sum and
 * will not be squeezed below it (a split pane keeps the chart's side to the rest).
 */
final class ColumnFit {

    /** Room around a text in a cell or a header: the cell's padding and the column's borders. */
    static final double PADDING = 20;

    private ColumnFit() {
    }

    /**
     * Fits every column to its header and its values, the first column (the categories) to at most
     * {@code maxFirst}; longer names there show in full in the cells' tooltips.
     */
    static void fit(TableView<?> table, double maxFirst) {
        double total = 0;
        boolean first = true;
        for (TableColumn<?, ?> column : table.getColumns()) {
            double width = fit(table, column);
            if (first) {
                width = Math.min(width, Math.max(maxFirst, headerWidth(column)));
                setWidth(column, width);
                first = false;
            }
            total += width;
        }
        double width = Math.ceil(total + 2 + 2); // the table's border, and a pixel of slack on each side
        table.setPrefWidth(width);
        table.setMinWidth(width);
    }

    /** Fits a column (and its sub-columns), returning its width. */
    private static <S> double fit(TableView<S> table, TableColumn<?, ?> any) {
        @SuppressWarnings("unchecked")
        TableColumn<S, ?> column = (TableColumn<S, ?>) any;
        if (!column.getColumns().isEmpty()) {
            double children = 0;
            for (TableColumn<S, ?> child : column.getColumns()) {
                children += fit(table, child);
            }
            double header = headerWidth(column);
            if (header > children) { // a group's heading wider than its columns: widen them alike
                double extra = (header - children) / column.getColumns().size();
                for (TableColumn<S, ?> child : column.getColumns()) {
                    setWidth(child, child.getPrefWidth() + extra);
                }
                children = header;
            }
            return children;
        }
        double widest = headerWidth(column);
        for (int row = 0; row < table.getItems().size(); row++) {
            Object value = column.getCellData(row);
            if (value != null) {
                widest = Math.max(widest, textWidth(value.toString(), false) + PADDING);
            }
        }
        double width = Math.ceil(widest);
        setWidth(column, width);
        return width;
    }

    private static void setWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    /** A header's text, whether it is the column's text or a label with a tooltip as its graphic. */
    static String headerText(TableColumnBase<?, ?> column) {
        if (column.getText() != null && !column.getText().isEmpty()) {
            return column.getText();
        }
        return column.getGraphic() instanceof Labeled label ? label.getText() : "";
    }

    private static double headerWidth(TableColumnBase<?, ?> column) {
        return textWidth(headerText(column), true) + PADDING;
    }

    /** The width of a text in the workbench's font; headers are bold. */
    static double textWidth(String text, boolean bold) {
        Font font = Font.getDefault();
        Text measure = new Text(text);
        measure.setFont(bold ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()) : font);
        return measure.getLayoutBounds().getWidth();
    }
}
