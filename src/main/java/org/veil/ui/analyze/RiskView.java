package org.veil.ui.analyze;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Analyze step: a table of risk measures, input next to the selected output. */
public final class AnalyzeStepView {

    private final VBox root = new VBox(10);

    private static final double ROW_HEIGHT = 24;

    public AnalyzeStepView(AnalyzeViewModel viewModel) {
        Label heading = new Label("Analyze — re-identification risk (prosecutor model) and class sizes");
        heading.getStyleClass().add("step-heading");
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        TableView<RiskRow> table = new TableView<>(viewModel.rows());
        table.setId("risk-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Measure", RiskRow::measure, 220));
        table.getColumns().add(column("Input", RiskRow::input, 150));
        table.getColumns().add(column("Selected output", RiskRow::output, 150));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RiskRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.explanation()));
            }
        });
        table.setMaxWidth(640);
        table.setPlaceholder(new Label("Nothing to analyze yet"));
        // As tall as its rows: a short table of measures, not a grid of empty lines.
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(4, Bindings.size(viewModel.rows())).add(1)
                .multiply(ROW_HEIGHT).add(8));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(heading, message, table);
        root.setPadding(new Insets(10, 14, 14, 14));
    }

    private static TableColumn<RiskRow, String> column(String title, java.util.function.Function<RiskRow, String> value,
            double width) {
        TableColumn<RiskRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        if (!title.equals("Measure")) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setStyle("-fx-alignment: center-right;");
                }
            });
        }
        return column;
    }

    public Node node() {
        return root;
    }
}
