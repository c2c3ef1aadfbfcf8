package org.veil.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
import org.veil.ui.common.UndoManager;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The workbench window: menu bar, tool bar, the workflow steps on the left, the current step in the
 * middle, and a status bar with the progress and Cancel of the running job. Files dropped onto the
 * window are opened.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AnonymizationModel anonymization;
    private final Map<Step, Node> steps;
    private final Map<Step, ToggleButton> stepButtons = new EnumMap<>(Step.class);
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private Runnable exportReport = () -> { };
    private Runnable openForAudit = () -> { };

    /**
     * @param steps the view of every step; steps without a view are not offered
     * @param exportOutput what File › Export writes: the selected output if there is one
     */
    public MainWindowView(MainWindowViewModel viewModel, AnonymizationModel anonymization, Map<Step, Node> steps,
            Runnable exportOutput) {
        this.viewModel = viewModel;
        this.anonymization = anonymization;
        this.steps = steps;
        root.setTop(new VBox(menuBar(exportOutput), toolBar(exportOutput)));
        root.setLeft(navigation());
        root.setCenter(center);
        root.setBottom(statusBar());
        root.getStyleClass().add("workbench");
        show(Step.DATA);
        acceptDroppedFiles();
    }

    /** What File › Open for Audit does. */
    public void setOnOpenForAudit(Runnable action) {
        openForAudit = action;
    }

    /** What File › Export Report (PDF) does. */
    public void setOnExportReport(Runnable action) {
        exportReport = action;
    }

    public Parent root() {
        return root;
    }

    /** Shows a step, as if its button were clicked. */
    public void show(Step step) {
        Node view = steps.get(step);
        if (view == null) {
            return;
        }
        center.getChildren().setAll(view);
        stepButtons.get(step).setSelected(true);
    }

    private VBox navigation() {
        VBox list = new VBox(2);
        list.getStyleClass().add("step-navigation");
        list.setPadding(new Insets(8));
        list.setPrefWidth(200);
        list.setMinWidth(200);
        int number = 1;
        for (Step step : Step.values()) {
            if (!steps.containsKey(step)) {
                continue;
            }
            Label title = new Label(number++ + "  " + step.title());
            title.getStyleClass().add("step-title");
            Label description = new Label(step.description());
            description.getStyleClass().add("step-description");
            ToggleButton button = new ToggleButton();
            button.setGraphic(new VBox(1, title, description));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("step-button");
            button.setId("step-" + step.name().toLowerCase());
            button.setToggleGroup(navigation);
            button.setOnAction(e -> show(step));
            stepButtons.put(step, button);
            list.getChildren().add(button);
        }
        // A step stays selected: clicking the current step again must not leave none selected.
        navigation.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return list;
    }

    private MenuBar menuBar(Runnable exportOutput) {
        MenuItem open = item("Open…", "Shortcut+O", viewModel::openChosenFile);
        open.setId("menu-open");
        MenuItem sample = item("Open Sample Project", null, viewModel::openSample);
        MenuItem audit = item("Open for Audit…", null, () -> openForAudit.run());
        audit.setId("menu-audit-open");
        MenuItem save = item("Save Project", "Shortcut+S", viewModel::save);
        save.setId("menu-save");
        MenuItem saveAs = item("Save Project As…", "Shortcut+Shift+S", viewModel::saveAs);
        save.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.datasetProperty().isNull()));
        saveAs.disableProperty().bind(save.disableProperty());
        MenuItem export = item("Export Output…", "Shortcut+E", exportOutput);
        export.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.datasetProperty().isNull()));
        MenuItem report = item("Export Report (PDF)…", null, () -> exportReport.run());
        report.setId("menu-report");
        report.disableProperty().bind(export.disableProperty());
        MenuItem exit = item("Exit", "Shortcut+Q", () -> {
            if (viewModel.mayDiscardChanges()) {
                root.getScene().getWindow().hide();
            }
        });
        open.disableProperty().bind(viewModel.work().busyProperty());
        sample.disableProperty().bind(viewModel.work().busyProperty());
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        fillRecent(recent);
        viewModel.recentFiles().files().addListener((ListChangeListener<Path>) c ->
                fillRecent(recent));
        Menu file = new Menu("File", null, open, recent, sample, audit, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, report, new SeparatorMenuItem(), exit);

        UndoManager undo = viewModel.workspace().undo();
        MenuItem undoItem = item("Undo", "Shortcut+Z", undo::undo);
        undoItem.setId("menu-undo");
        undoItem.textProperty().bind(Bindings.when(undo.canUndoProperty())
                .then(Bindings.concat("Undo ", undo.undoDescriptionProperty())).otherwise("Undo"));
        undoItem.disableProperty().bind(undo.canUndoProperty().not().or(viewModel.work().busyProperty()));
        MenuItem redoItem = item("Redo", "Shortcut+Shift+Z", undo::redo);
        redoItem.setId("menu-redo");
        redoItem.textProperty().bind(Bindings.when(undo.canRedoProperty())
                .then(Bindings.concat("Redo ", undo.redoDescriptionProperty())).otherwise("Redo"));
        redoItem.disableProperty().bind(undo.canRedoProperty().not().or(viewModel.work().busyProperty()));
        Menu edit = new Menu("Edit", null, undoItem, redoItem);

        MenuItem run = item("Anonymize", "Shortcut+R", () -> {
            anonymization.run();
            show(Step.EXPLORE);
        });
        run.disableProperty().bind(anonymization.canRunProperty().not());
        MenuItem cancel = item("Cancel", null, viewModel::cancel);
        cancel.disableProperty().bind(viewModel.work().busyProperty().not());
        Menu runMenu = new Menu("Run", null, run, cancel);

        MenuItem about = item("About Veil", null, this::showAbout);
        return new MenuBar(file, edit, stepMenu(), runMenu, new Menu("Help", null, about));
    }

    /** Every step, reachable with Ctrl+1, Ctrl+2, … as well as from the navigation list. */
    private Menu stepMenu() {
        Menu menu = new Menu("Go");
        int number = 1;
        for (Step step : Step.values()) {
            if (steps.containsKey(step)) {
                MenuItem item = item(step.title(), "Shortcut+" + number++, () -> show(step));
                item.setId("menu-step-" + step.name().toLowerCase());
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : viewModel.recentFiles().files()) {
            MenuItem item = item(path.getFileName().toString(), null, () -> viewModel.open(path));
            item.disableProperty().bind(viewModel.work().busyProperty());
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar(Runnable exportOutput) {
        Button open = button("Open…", "toolbar-open", "Open a project, or a CSV or Excel file (Ctrl+O); or drop one"
                + " onto the window", viewModel::openChosenFile);
        open.disableProperty().bind(viewModel.work().busyProperty());
        Button sample = button("Sample project", "toolbar-sample",
                "Open the bundled synthetic patients with roles, hierarchies and 5-anonymity set", viewModel::openSample);
        sample.disableProperty().bind(viewModel.work().busyProperty());
        UndoManager undo = viewModel.workspace().undo();
        Button save = button("Save", "toolbar-save", "Save the project: settings, hierarchies and the chosen"
                + " solution (Ctrl+S)", viewModel::save);
        save.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.datasetProperty().isNull()));
        Button undoButton = button("Undo", "toolbar-undo", "Undo the last change (Ctrl+Z)", undo::undo);
        undoButton.disableProperty().bind(undo.canUndoProperty().not().or(viewModel.work().busyProperty()));
        Button redoButton = button("Redo", "toolbar-redo", "Redo (Ctrl+Shift+Z)", undo::redo);
        redoButton.disableProperty().bind(undo.canRedoProperty().not().or(viewModel.work().busyProperty()));
        Button run = button("Anonymize", "toolbar-anonymize", "", () -> {
            anonymization.run();
            show(Step.EXPLORE);
        });
        run.getStyleClass().add("accent-button");
        run.disableProperty().bind(anonymization.canRunProperty().not());
        Tooltip why = new Tooltip();
        why.textProperty().bind(anonymization.whyNotProperty());
        // A disabled control shows no tooltip, so it hangs on a wrapper that stays enabled.
        Label runWrapper = new Label(null, run);
        runWrapper.setTooltip(why);
        Button export = button("Export…", "toolbar-export", "Write the selected anonymized output to CSV or Excel"
                + " (Ctrl+E)", exportOutput);
        export.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.datasetProperty().isNull()));
        return new ToolBar(open, save, sample, undoButton, redoButton, runWrapper, export);
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (!tooltip.isEmpty()) {
            button.setTooltip(new Tooltip(tooltip));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        Label phase = new Label();
        phase.setId("status-phase");
        phase.textProperty().bind(viewModel.work().phaseProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        progress.progressProperty().bind(viewModel.work().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-job");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(120);
        phase.setMinWidth(0);
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.setTooltip(new Tooltip("Stop the running job; nothing is changed"));
        HBox running = new HBox(8, phase, progress, cancel);
        running.setAlignment(Pos.CENTER_RIGHT);
        running.visibleProperty().bind(viewModel.work().busyProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label state = new Label();
        state.setId("status-state");
        state.getStyleClass().add("status-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.textProperty().bind(anonymization.stateProperty());
        state.visibleProperty().bind(running.visibleProperty().not());
        state.managedProperty().bind(state.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setMinWidth(0);
        HBox bar = new HBox(8, status, spacer, state, running);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !viewModel.work().busyProperty().get()) {
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
                Platform.runLater(() -> viewModel.open(files.get(0).toPath()));
            }
        });
    }

    private void showAbout() {
        new AboutDialog(new AboutViewModel(), root.getScene().getWindow()).show();
    }
}
