package org.veil.ui.explore;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.explore.SolutionTableModel.Field;
import org.veil.ui.explore.SolutionTableModel.SortKey;

/**
 * The table of transformations with its state and level filters. Sorting is delegated to the
 * model (the table never copies the rows); selecting a row selects the transformation, and the
 * selection made elsewhere selects its row.
 */
final class SolutionTableView {

    private final ExploreViewModel viewModel;
    private final SolutionTableModel model;
    private final TableView<Integer> table = new TableView<>();
    private final VBox root = new VBox(4);
    private boolean syncing;

    SolutionTableView(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
        this.model = viewModel.table();
        table.setId("solution-table");
        table.getStyleClass().add("solution-table");
        table.setItems(model.rows());
        table.setFixedCellSize(24);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No transformation matches the filters."));
        table.setSortPolicy(t -> {
            syncing = true; // the rows are replaced: what the table selects meanwhile is no choice of the user
            try {
                model.sortBy(t.getSortOrder().stream().map(c -> new SortKey((Field) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.ASCENDING)).toList());
            } finally {
                syncing = false;
            }
            return true;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(SolutionFilterBar.create(model), table);
        root.setPadding(new Insets(4, 6, 0, 6));
        model.headersProperty().addListener(o -> rebuildColumns());
        rebuildColumns();
        table.getSelectionModel().selectedItemProperty().addListener((o, old, node) -> {
            if (!syncing && node != null) {
                viewModel.select(node);
            }
        });
        viewModel.requestedNodeProperty().addListener(o -> selectRequested());
        // After the table itself has taken in new rows (its skin listens after this view), select and reveal.
        model.rows().addListener((ListChangeListener<Integer>) c -> Platform.runLater(this::selectRequested));
    }

    VBox node() {
        return root;
    }

    private void rebuildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        for (Field field : model.fields()) {
            table.getColumns().add(column(field));
        }
        selectRequested();
    }

    private TableColumn<Integer, String> column(Field field) {
        TableColumn<Integer, String> column = new TableColumn<>(model.header(field));
        column.setUserData(field);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.text(cell.getValue(), field)));
        switch (field.kind()) {
            case LEVEL -> {
                column.getStyleClass().add("number-column");
                column.setPrefWidth(Math.max(56, 9 * model.header(field).length() + 20));
                Label header = new Label(model.header(field));
                header.setTooltip(new Tooltip("Generalization level of " + model.header(field)
                        + " (0 = the original values)"));
                column.setText(null);
                column.setGraphic(header);
            }
            case STATE -> {
                column.setPrefWidth(250);
                column.setCellFactory(c -> new StateCell());
            }
            case METRIC, SUPPRESSED -> {
                column.getStyleClass().add("number-column");
                column.setPrefWidth(110);
            }
            case HEIGHT -> {
                column.getStyleClass().add("number-column");
                column.setPrefWidth(64);
            }
        }
        return column;
    }

    private void selectRequested() {
        syncing = true;
        try {
            int row = model.rowOf(viewModel.requestedNodeProperty().get());
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != row) {
                table.getSelectionModel().clearAndSelect(row);
                scrollIntoView(row);
            }
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, row - 2));
    }

    /** The state with its colour; the optimum says so. */
    private final class StateCell extends TableCell<Integer, String> {
        private final Circle swatch = new Circle(5);

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            SolutionSpace space = model.space();
            if (empty || space == null || getIndex() < 0 || getIndex() >= model.rows().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            int node = model.rows().get(getIndex());
            swatch.setFill(StatePalette.fill(space.state(node)));
            swatch.setStroke(StatePalette.outline(space.state(node)));
            setGraphic(swatch);
            setText(node == space.optimum() ? text + " ★ optimum" : text);
        }
    }
}
