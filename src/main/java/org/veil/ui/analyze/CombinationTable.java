package org.veil.ui.analyze;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.veil.engine.risk.QiCombinations;
import org.veil.ui.common.RightAlignedCell;

/**
 * The numbers beside the chart of the combinations of quasi-identifiers: for each combination, the
 * share of records it singles out and the share of record pairs it tells apart, each for the input and
 * the output in a column of its own, so that every figure fits and reads whole.
 */
final class CombinationTable {

    /** Combinations shown, those singling out the most records in the input first. */
    static final int LIMIT = 12;

    static final String UNIQUE = "Records unique";
    static final String SEPARATED = "Pairs told apart";

    /** A combination in the input, and in the output ({@code null} without a selected solution). */
    record Row(String combination, QiCombinations.Combination input, QiCombinations.Combination output) {

        String uniqueInput() {
            return Percent.share(input.uniqueShare());
        }

        String uniqueOutput() {
            return output == null ? "" : Percent.share(output.uniqueShare());
        }

        String separatedInput() {
            return Percent.share(input.separation());
        }

        String separatedOutput() {
            return output == null ? "" : Percent.share(output.separation());
        }
    }

    private CombinationTable() {
    }

    /**
     * The {@link #LIMIT} combinations that single out the most records in the input, most first, each
     * with the same combination in the output.
     */
    static List<Row> rows(RiskViewModel.Combinations data) {
        Map<String, QiCombinations.Combination> outputs = new LinkedHashMap<>();
        if (data.output() != null) {
            data.output().forEach(c -> outputs.put(name(c), c));
        }
        return data.input().stream()
                .sorted(Comparator.comparingDouble(QiCombinations.Combination::uniqueShare).reversed())
                .limit(LIMIT)
                .map(c -> new Row(name(c), c, data.output() == null ? null : outputs.get(name(c))))
                .toList();
    }

    /** A combination's name as the chart and the table write it, e.g. {@code zip + birth_date}. */
    static String name(QiCombinations.Combination combination) {
        return String.join(" + ", combination.attributes());
    }

    static TableView<Row> create() {
        TableView<Row> table = new TableView<>();
        table.setId("combination-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> name = column("Quasi-identifiers", Row::combination);
        name.setCellFactory(c -> new NameCell());
        table.getColumns().add(name);
        table.getColumns().add(group(UNIQUE, "The share of records that no other record matches on these"
                + " quasi-identifiers: an attacker who knows them singles these people out",
                column("Input", Row::uniqueInput), column("Output", Row::uniqueOutput)));
        table.getColumns().add(group(SEPARATED, "The share of pairs of records that differ on these"
                + " quasi-identifiers (α-separation, Motwani & Xu 2007): near 100 % they almost identify a record",
                column("Input", Row::separatedInput), column("Output", Row::separatedOutput)));
        table.setPlaceholder(new Label("No data"));
        return table;
    }

    @SafeVarargs
    private static TableColumn<Row, ?> group(String title, String explanation, TableColumn<Row, String>... columns) {
        TableColumn<Row, String> group = new TableColumn<>();
        Label heading = new Label(title);
        heading.setTooltip(new Tooltip(explanation));
        group.setGraphic(heading);
        group.setSortable(false);
        group.getColumns().addAll(columns);
        for (TableColumn<Row, String> column : columns) {
            column.setCellFactory(c -> new RightAlignedCell<>());
        }
        return group;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A combination's name, with the whole name and its figures as a tooltip should the column be narrower. */
    private static final class NameCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Row row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(getIndex());
            setText(empty ? null : item);
            setTooltip(row == null ? null : new Tooltip(row.combination() + "\n" + UNIQUE + ": " + row.uniqueInput()
                    + (row.output() == null ? "" : " in the input, " + row.uniqueOutput() + " in the output")
                    + "\n" + SEPARATED + ": " + row.separatedInput()
                    + (row.output() == null ? "" : " in the input, " + row.separatedOutput() + " in the output")));
        }
    }
}
