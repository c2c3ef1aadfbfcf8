package org.veil.ui.data;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The Data step: the whole dataset, each column's type in its header (click it to change the type). */
public final class DataStepView {

    private final BorderPane root = new BorderPane();

    public DataStepView(DataViewModel viewModel) {
        DatasetTableView table = new DatasetTableView(viewModel::changeColumnType);
        table.node().setId("dataset-table");
        viewModel.datasetProperty().addListener((o, old, now) -> table.show(now));
        table.show(viewModel.datasetProperty().get());
        Label hint = new Label("Open a CSV or Excel file (File › Open, Ctrl+O), drop one here, or open the sample"
                + " project.");
        hint.getStyleClass().add("empty-hint");
        hint.visibleProperty().bind(viewModel.datasetProperty().isNull());
        table.node().visibleProperty().bind(viewModel.datasetProperty().isNotNull());
        Label title = new Label("Data — click a column's type badge to change its type");
        title.getStyleClass().add("step-heading");
        BorderPane.setMargin(title, new Insets(8, 10, 6, 10));
        root.setTop(title);
        root.setCenter(new StackPane(table.node(), hint));
    }

    public Node node() {
        return root;
    }
}
