package org.veil.ui.hipaa;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.veil.service.hipaa.ReviewedFinding;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Safe Harbor check as a table: column, identifier kind (45 CFR 164.514(b)(2)(i) letter),
 * confidence, status and advice, with a fix button on every finding that needs action and one to fix
 * them all. The evidence is in each row's tooltip.
 */
public final class SafeHarborView {

    private final VBox root = new VBox(8);

    public SafeHarborView(SafeHarborViewModel viewModel) {
        Label summary = new Label();
        summary.setId("safe-harbor-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button fixAll = new Button("Fix all");
        fixAll.setId("safe-harbor-fix-all");
        fixAll.setTooltip(new Tooltip("Apply every suggested fix as one change (Ctrl+Z undoes it)"));
        fixAll.setOnAction(e -> viewModel.fixAll());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, summary, gap, fixAll);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<ReviewedFinding> table = new TableView<>(viewModel.findings());
        table.setId("safe-harbor-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Column", 130, ReviewedFinding::column));
        table.getColumns().add(column("Identifier", 230, f -> f.finding().kind().letter() + " · "
                + f.finding().kind().label()));
        table.getColumns().add(column("Confidence", 105, f -> f.finding().confidence().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Status", 200, f -> f.status().label()));
        TableColumn<ReviewedFinding, ReviewedFinding> fix = new TableColumn<>("Fix");
        fix.setPrefWidth(100);
        fix.setSortable(false);
        fix.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        fix.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ReviewedFinding finding, boolean empty) {
                super.updateItem(finding, empty);
                String label = empty || finding == null ? "" : SafeHarborViewModel.fixLabel(finding);
                if (label.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(label);
                button.getStyleClass().add("fix-button");
                button.setTooltip(new Tooltip(finding.finding().fix().description()));
                button.setOnAction(e -> viewModel.fix(finding));
                setGraphic(button);
            }
        });
        table.getColumns().add(fix);
        table.getColumns().add(column("What to do", 400, f -> f.finding().advice()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReviewedFinding finding, boolean empty) {
                super.updateItem(finding, empty);
                Tooltip tip = empty || finding == null ? null : new Tooltip(finding.finding().advice() + "\n\n"
                        + String.join("\n", finding.finding().evidence()) + "\n" + finding.finding().kind().citation());
                if (tip != null) {
                    tip.setWrapText(true);
                    tip.setMaxWidth(560);
                }
                setTooltip(tip);
            }
        });
        table.setPlaceholder(new Label("No findings"));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(top, table);
        root.setPadding(new Insets(10, 14, 14, 14));
    }

    /** The tab as the Analyze step registers it. */
    public static Node create(WorkspaceModel workspace, TaskRunner tasks, DialogService dialogs) {
        return new SafeHarborView(new SafeHarborViewModel(workspace, tasks, dialogs)).root;
    }

    private static TableColumn<ReviewedFinding, String> column(String title, double width,
            Function<ReviewedFinding, String> value) {
        TableColumn<ReviewedFinding, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
