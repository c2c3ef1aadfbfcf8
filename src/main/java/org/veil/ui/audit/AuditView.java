package org.veil.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.veil.project.audit.AuditEntry;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The audit trail as a table (#, time, user, kind, description, details) under a banner that says
 * whether the hash chain holds, with filters by kind and by date; below it, every detail of the
 * selected entry in full, the values selectable so that hashes can be copied.
 */
public final class AuditView {

    private static final String INTACT_STYLE = "-fx-background-color: #e3f4e1; -fx-text-fill: #1d5a1a;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    private static final String BROKEN_STYLE = "-fx-background-color: #fbe3e1; -fx-text-fill: #8a1c12;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    /** A value in the details pane: read-only text that looks like a label but can be selected and copied. */
    private static final String VALUE_STYLE = "-fx-background-color: transparent; -fx-background-insets: 0;"
            + " -fx-padding: 1 2;";
    private static final String HASH_STYLE = VALUE_STYLE + " -fx-font-family: monospace;";
    static final String NOTHING_SELECTED = "Select an entry to see all its details.";

    private final VBox root = new VBox(8);
    private final AuditViewModel viewModel;
    private final Label heading = new Label();
    private final GridPane facts = new GridPane();

    public AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
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
        table.getColumns().add(column("#", 40, 35, false, e -> Long.toString(e.sequence())));
        table.getColumns().add(column("Time", 155, 150, false, viewModel::formatTime));
        table.getColumns().add(column("User", 100, 90, false, AuditEntry::user));
        table.getColumns().add(column("Kind", 85, 70, false, e -> e.kind().name()));
        table.getColumns().add(column("Description", 300, 120, true, AuditEntry::description));
        TableColumn<AuditEntry, String> details = column("Details", 400, 120, false, AuditViewModel::formatDetails);
        details.setId("audit-details-column");
        details.setCellFactory(c -> new TextCell(AuditViewModel::detailsText));
        table.getColumns().add(details);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> viewModel.selectedProperty()
                .set(now));
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
            showDetails(now);
        });

        SplitPane parts = new SplitPane(table, detailsPane());
        parts.setId("audit-split");
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.58);
        VBox.setVgrow(parts, Priority.ALWAYS);
        showDetails(viewModel.selectedProperty().get());

        root.setPadding(new Insets(10));
        root.getChildren().addAll(banner, filters, parts);
    }

    private Node detailsPane() {
        heading.setId("audit-entry-heading");
        heading.setStyle("-fx-font-weight: bold;");
        heading.setWrapText(true);
        facts.setId("audit-entry-details");
        facts.setHgap(10);
        facts.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(labels, values);
        VBox content = new VBox(6, heading, facts);
        content.setPadding(new Insets(6, 8, 6, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("audit-entry");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        StackPane pane = new StackPane(scroll);
        pane.setMinHeight(60);
        SplitPane.setResizableWithParent(pane, false);
        return pane;
    }

    private void showDetails(AuditEntry entry) {
        facts.getChildren().clear();
        if (entry == null) {
            heading.setText(NOTHING_SELECTED);
            heading.setStyle("-fx-text-fill: #666666;");
            return;
        }
        heading.setText(viewModel.heading(entry));
        heading.setStyle("-fx-font-weight: bold;");
        int row = 0;
        addFact(row++, "Description", entry.description(), false);
        for (AuditViewModel.Detail detail : AuditViewModel.allDetails(entry)) {
            addFact(row++, detail.label(), detail.value(), detail.hash());
        }
    }

    private void addFact(int row, String label, String value, boolean hash) {
        Label name = new Label(label + ":");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setStyle("-fx-text-fill: #444444;");
        TextField text = new TextField(value);
        text.setEditable(false);
        text.setFocusTraversable(false);
        text.setStyle(hash ? HASH_STYLE : VALUE_STYLE);
        text.getStyleClass().add("audit-detail-value");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setPrefColumnCount(hash ? 64 : 20);
        if (!hash) {
            text.setTooltip(tooltip(value));
        }
        facts.addRow(row, name, text);
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(700);
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    /** A cell showing one line of text, with the full text in a tooltip. */
    private static final class TextCell extends TableCell<AuditEntry, String> {

        private final Function<AuditEntry, String> full;

        TextCell(Function<AuditEntry, String> full) {
            this.full = full;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            int index = getIndex();
            AuditEntry entry = empty || getTableView() == null || index < 0
                    || index >= getTableView().getItems().size() ? null : getTableView().getItems().get(index);
            setText(empty ? null : item);
            String tip = entry == null ? null : full.apply(entry);
            setTooltip(tip == null || tip.isEmpty() ? null : tooltip(tip));
        }
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, double minWidth,
            boolean tooltip, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (tooltip) {
            column.setCellFactory(c -> new TextCell(e -> value.apply(e)));
        }
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
