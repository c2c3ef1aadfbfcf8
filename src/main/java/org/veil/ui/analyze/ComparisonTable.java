package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.veil.ui.common.RightAlignedCell;

/**
 * The numbers behind a chart: one row per category with the input's and the output's value, right-
 * aligned, so the exact figures are there next to the picture.
 */
final class ComparisonTable {

    /** One category with the input's and the output's figure (empty without an output). */
    record Row(String category, String input, String output) {
    }

    private ComparisonTable() {
    }

    static TableView<Row> create(String id, String categoryTitle) {
        TableView<Row> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(categoryTitle, Row::category, false));
        table.getColumns().add(column("Input", Row::input, true));
        table.getColumns().add(column("Output", Row::output, true));
        table.setPlaceholder(new Label("No data"));
        table.setMinWidth(220);
        return table;
    }

    /** Rows from two maps with the same keys; {@code output} may be {@code null}. */
    static List<Row> rows(Map<String, ? extends Number> input, Map<String, ? extends Number> output,
            Function<Number, String> format) {
        List<Row> rows = new ArrayList<>();
        input.forEach((category, value) -> rows.add(new Row(category, format.apply(value),
                output == null || output.get(category) == null ? "" : format.apply(output.get(category)))));
        return rows;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, boolean number) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (number) {
            column.setCellFactory(c -> new RightAlignedCell<>());
        }
        return column;
    }
}
