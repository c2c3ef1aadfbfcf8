package org.veil.ui.auditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.ProjectVerification;
import org.veil.ui.audit.AuditView;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;

/**
 * The auditor's window: a banner (green if no check failed, red otherwise), the checks with ok or
 * FAILED, "Re-run and compare", the configuration and notes, and the audit trail. Nothing in it is
 * editable.
 */
public final class AuditorView {

    static final String HOLDS_STYLE = "-fx-background-color: #e3f4e1; -fx-text-fill: #1d5a1a;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    static final String FAILED_STYLE = "-fx-background-color: #fbe3e1; -fx-text-fill: #8a1c12;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    private static final List<DialogService.FileFilter> PROJECTS = List.of(
            new DialogService.FileFilter("Veil projects", List.of("*." + ProjectService.EXTENSION)));

    private final VBox root = new VBox(8);

    public AuditorView(AuditorViewModel viewModel) {
        Label banner = new Label();
        banner.setId("auditor-status");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(viewModel.statusProperty());
        banner.styleProperty().bind(Bindings.when(viewModel.allHoldProperty()).then(HOLDS_STYLE)
                .otherwise(FAILED_STYLE));

        ListView<AuditorViewModel.CheckRow> checks = new ListView<>(viewModel.checks());
        checks.setId("auditor-checks");
        checks.setPrefHeight(150);
        checks.setMinHeight(120);
        checks.setFocusTraversable(false);
        checks.setCellFactory(list -> new CheckCell());

        Button rerun = new Button("Re-run and compare");
        rerun.setId("auditor-rerun");
        rerun.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        rerun.setOnAction(e -> viewModel.rerunAndCompare());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(8, rerun, spinner);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditorViewModel.Setting> settings = new TableView<>(viewModel.settings());
        settings.setId("auditor-settings");
        settings.setEditable(false);
        settings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        settings.getColumns().add(column("Setting", 200, AuditorViewModel.Setting::name));
        settings.getColumns().add(column("Value", 500, AuditorViewModel.Setting::value));
        TextArea notes = new TextArea();
        notes.setId("auditor-notes");
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bind(viewModel.notesProperty());
        VBox configuration = new VBox(6, settings, new Label("Notes:"), notes);
        VBox.setVgrow(settings, Priority.ALWAYS);
        TitledPane configurationPane = new TitledPane("Configuration", configuration);
        configurationPane.setCollapsible(false);
        TitledPane trailPane = new TitledPane("Audit trail", new AuditView(viewModel.audit()).root());
        trailPane.setCollapsible(false);
        SplitPane parts = new SplitPane(configurationPane, trailPane);
        parts.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(parts, Priority.ALWAYS);

        root.setPadding(new Insets(10));
        root.setId("auditor");
        root.getChildren().addAll(banner, new Label("Integrity checks"), checks, actions, parts);
    }

    private static final class CheckCell extends ListCell<AuditorViewModel.CheckRow> {
        @Override
        protected void updateItem(AuditorViewModel.CheckRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label icon = new Label(switch (row.status()) {
                case HOLDS -> "\u2714 ok";
                case FAILED -> "\u2716 FAILED";
                case PENDING -> "\u2026 pending";
            });
            icon.setMinWidth(90);
            icon.setStyle(switch (row.status()) {
                case HOLDS -> "-fx-text-fill: #1d5a1a; -fx-font-weight: bold;";
                case FAILED -> "-fx-text-fill: #8a1c12; -fx-font-weight: bold;";
                case PENDING -> "-fx-text-fill: #666666;";
            });
            icon.getStyleClass().add("auditor-check-" + row.status().name().toLowerCase());
            setGraphic(icon);
            setText(row.text());
            setWrapText(true);
        }
    }

    private static TableColumn<AuditorViewModel.Setting, String> column(String title, double width,
            Function<AuditorViewModel.Setting, String> value) {
        TableColumn<AuditorViewModel.Setting, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public Parent root() {
        return root;
    }

    /**
     * File › Open for Audit: asks for a project and opens it read-only in a window of its own.
     *
     * @return the window's view model, or empty if no file was chosen
     */
    public static Optional<AuditorViewModel> openChosen(Window owner, DialogService dialogs, TaskRunner tasks) {
        return dialogs.showOpenDialog("Open project for audit", PROJECTS).map(file -> open(owner, file, tasks));
    }

    /** Opens a project read-only in a new window owned by {@code owner}. */
    public static AuditorViewModel open(Window owner, Path file, TaskRunner tasks) {
        AuditorViewModel viewModel = new AuditorViewModel(new ProjectService(), new ProjectVerification(), tasks);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.titleProperty());
        Scene scene = new Scene(new AuditorView(viewModel).root(), 1000, 760);
        var css = AuditorView.class.getResource("/org/veil/ui/veil.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
        viewModel.open(file);
        return viewModel;
    }
}
