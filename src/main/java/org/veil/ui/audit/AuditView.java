package org.veil.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.veil.project.audit.AuditEntry;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The audit trail as a table (#, time, user, kind, description, details) under a banner that says
 * whether the hash chain holds, with filters by kind and by date.
 */
public final class AuditView {

    private static final String INTACT_STYLE = "-fx-background-color: #e3f4e1; -fx-text-fill: #1d5a1a;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    private static final String BROKEN_STYLE = "-fx-background-color: #fbe3e1; -fx-text-fill: #8a1c12;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";

    private final VBox root = new VBox(8);

    public AuditView(AuditViewModel viewModel) {
        Label banner = new Label();
        banner.setId("audit-status");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(viewModel.statusProperty());
        banner.styleProperty().bind(javafx.beans.binding.Bindings.when(viewModel.intactProperty())
                .then(INTACT_STYLE).otherwise(BROKEN_STYLE));

        ComboBox<String> kind = new ComboBox<>();
        kind.setId("audit-kind");
        kind.getItems().setAll(AuditViewModel.kindChoices());
        kind.setValue(AuditViewModel.ALL_KINDS);
        kind.valueProperty().addListener((o, old, now) -> viewModel.chooseKind(now));
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPromptText("From");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPromptText("To");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        HBox filters = new HBox(8, new Label("Kind:"), kind, new Label("From:"), from, new Label("To:"), to);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("audit-table");
        table.setPlaceholder(new Label("Nothing recorded yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, e -> Long.toString(e.sequence())));
        table.getColumns().add(column("Time", 175, viewModel::formatTime));
        table.getColumns().add(column("User", 100, AuditEntry::user));
        table.getColumns().add(column("Kind", 90, e -> e.kind().name()));
        table.getColumns().add(column("Description", 320, AuditEntry::description));
        table.getColumns().add(column("Details", 400, AuditViewModel::formatDetails));
        VBox.setVgrow(table, Priority.ALWAYS);

        root.setPadding(new Insets(10));
        root.getChildren().addAll(banner, filters, table);
    }

    private static TableColumn<AuditEntry, String> column(String title, double width,
            Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public Node root() {
        return root;
    }

    /** The Audit view of the workspace's trail, ready to put in a tab or a step. */
    public static Node create(WorkspaceModel workspace) {
        return new AuditView(new AuditViewModel(workspace)).root();
    }
}
