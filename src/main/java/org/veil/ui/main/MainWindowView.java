package org.veil.ui.main;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.veil.ui.data.DatasetTableView;

/**
 * The main window's content: menu bar, tool bar, the dataset table, and a status bar with the
 * progress and Cancel of a running import. Files dropped onto the window are opened.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final DatasetTableView table;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new DatasetTableView(viewModel::changeColumnType);
        table.node().setId("dataset-table");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center());
        root.setBottom(statusBar());
        viewModel.datasetProperty().addListener((o, old, now) -> table.show(now));
        table.show(viewModel.datasetProperty().get());
        acceptDroppedFiles();
    }

    public Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> viewModel.openChosenFile());
        open.disableProperty().bind(viewModel.busyProperty());
        MenuItem sample = new MenuItem("Open Sample Data");
        sample.setOnAction(e -> viewModel.openSample());
        sample.disableProperty().bind(viewModel.busyProperty());
        MenuItem export = new MenuItem("Export…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> viewModel.exportChosenFile());
        export.disableProperty().bind(viewModel.busyProperty().or(viewModel.datasetProperty().isNull()));
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, sample, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), exit);

        MenuItem about = new MenuItem("About Veil");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, help);
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setTooltip(new Tooltip("Open a CSV or Excel file (Ctrl+O), or drop one onto the window"));
        open.setOnAction(e -> viewModel.openChosenFile());
        open.disableProperty().bind(viewModel.busyProperty());
        Button sample = new Button("Sample data");
        sample.setTooltip(new Tooltip("Open the bundled synthetic patient records"));
        sample.setOnAction(e -> viewModel.openSample());
        sample.disableProperty().bind(viewModel.busyProperty());
        Button export = new Button("Export…");
        export.setId("toolbar-export");
        export.setTooltip(new Tooltip("Write the dataset to a new CSV or Excel file (Ctrl+E)"));
        export.setOnAction(e -> viewModel.exportChosenFile());
        export.disableProperty().bind(viewModel.busyProperty().or(viewModel.datasetProperty().isNull()));
        return new ToolBar(open, sample, export);
    }

    private StackPane center() {
        Label hint = new Label("Open a CSV or Excel file (File › Open, Ctrl+O) or drop it here.");
        hint.getStyleClass().add("empty-hint");
        hint.visibleProperty().bind(viewModel.datasetProperty().isNull());
        table.node().visibleProperty().bind(viewModel.datasetProperty().isNotNull());
        return new StackPane(table.node(), hint);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        Label phase = new Label();
        phase.setId("status-phase");
        phase.textProperty().bind(viewModel.phaseProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-import");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.setTooltip(new Tooltip("Stop the running import or export; nothing is changed"));
        HBox running = new HBox(8, phase, progress, cancel);
        running.setAlignment(Pos.CENTER_RIGHT);
        running.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, running);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !viewModel.busyProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            event.setDropCompleted(accepted);
            event.consume();
            if (accepted) {
                // Let the drop finish before the modal import dialog opens.
                javafx.application.Platform.runLater(() -> viewModel.open(files.get(0).toPath()));
            }
        });
    }

    private void showAbout() {
        String version = MainWindowView.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(root.getScene().getWindow());
        about.setTitle("About Veil");
        about.setHeaderText("Veil " + (version == null ? "(development build)" : version));
        about.setGraphic(new javafx.scene.image.ImageView(new javafx.scene.image.Image(
                MainWindowView.class.getResourceAsStream("/org/veil/ui/icons/veil-64.png"))));
        about.setContentText("A desktop workbench for anonymizing tabular data.\nEverything runs on this computer;"
                + " no data leaves it.");
        about.showAndWait();
    }
}
