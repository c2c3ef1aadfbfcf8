package org.veil.ui.auditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.ProjectVerification;
import org.veil.ui.audit.AuditView;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;

/**
 * The auditor's window: a banner (green if no check failed, red otherwise), "Re-run and compare",
 * the checks with ok or FAILED (every one in view), and beside each other the configuration with its
 * notes and the audit trail. Nothing in it is editable.
 */
public final class AuditorView {

    static final String HOLDS_STYLE = "-fx-background-color: #e3f4e1; -fx-text-fill: #1d5a1a;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    static final String FAILED_STYLE = "-fx-background-color: #fbe3e1; -fx-text-fill: #8a1c12;"
            + " -fx-padding: 6 10; -fx-font-weight: bold;";
    /** The height of one check in the list: one line of text. */
    static final double CHECK_ROW_HEIGHT = 24;
    /** The configuration's share of the width beside the audit trail. */
    static final double CONFIGURATION_SHARE = 0.42;
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
        checks.setFocusTraversable(false);
        checks.setCellFactory(list -> new CheckCell());
        fitToRows(checks);

        Label checksLabel = new Label("Integrity checks");
        checksLabel.setStyle("-fx-font-weight: bold;");
        Button rerun = new Button("Re-run and compare");
        rerun.setId("auditor-rerun");
        rerun.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        rerun.setOnAction(e -> viewModel.rerunAndCompare());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(12, checksLabel, rerun, spinner);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditorViewModel.Setting> settings = new TableView<>(viewModel.settings());
        settings.setId("auditor-settings");
        settings.setEditable(false);
        settings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        settings.getColumns().add(column("Setting", 180, AuditorViewModel.Setting::name));
        settings.getColumns().get(0).setMinWidth(175);
        settings.getColumns().add(column("Value", 330, AuditorViewModel.Setting::value));
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
        configurationPane.setMaxHeight(Double.MAX_VALUE);
        TitledPane trailPane = new TitledPane("Audit trail", new AuditView(viewModel.audit()).root());
        trailPane.setCollapsible(false);
        trailPane.setMaxHeight(Double.MAX_VALUE);
        // side by side: each gets the full height, which is what is short on a laptop screen
        SplitPane parts = new SplitPane(configurationPane, trailPane);
        parts.setId("auditor-parts");
        parts.setOrientation(Orientation.HORIZONTAL);
        parts.setDividerPositions(CONFIGURATION_SHARE);
        VBox.setVgrow(parts, Priority.ALWAYS);

        root.setPadding(new Insets(10));
        root.setId("auditor");
        root.getChildren().addAll(banner, actions, checks, parts);
    }

    /**
     * Makes the list exactly as tall as its rows, one line each (there are only a few checks), so
     * none is hidden behind a scroll bar; if it is ever shorter, a new last row (the re-run's
     * result) is scrolled into view.
     */
    static void fitToRows(ListView<?> list) {
        list.setFixedCellSize(CHECK_ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> heightFor(list),
                list.getItems(), list.insetsProperty()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setMaxHeight(Region.USE_PREF_SIZE);
        list.getItems().addListener((ListChangeListener<Object>) change -> Platform.runLater(() -> {
            int last = list.getItems().size() - 1;
            if (last >= 0 && list.getHeight() + 0.5 < heightFor(list)) {
                list.scrollTo(last);
            }
        }));
    }

    /** The height that shows every row of the list: its rows at the fixed height, at least one, and its insets. */
    static double heightFor(ListView<?> list) {
        return Math.max(1, list.getItems().size()) * list.getFixedCellSize() + list.snappedTopInset()
                + list.snappedBottomInset();
    }

    private static final class CheckCell extends ListCell<AuditorViewModel.CheckRow> {

        CheckCell() {
            setPrefWidth(0); // one line, cut with an ellipsis, rather than a horizontal scroll bar
            setWrapText(false);
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> copy(getItem() == null ? "" : getItem().text()));
            MenuItem copyAll = new MenuItem("Copy all checks");
            copyAll.setOnAction(e -> copy(String.join("\n", getListView().getItems().stream()
                    .map(r -> label(r.status()) + "  " + r.text()).toList())));
            setContextMenu(new ContextMenu(copy, copyAll));
        }

        @Override
        protected void updateItem(AuditorViewModel.CheckRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label icon = new Label(label(row.status()));
            icon.setMinWidth(90);
            icon.setStyle(switch (row.status()) {
                case HOLDS -> "-fx-text-fill: #1d5a1a; -fx-font-weight: bold;";
                case FAILED -> "-fx-text-fill: #8a1c12; -fx-font-weight: bold;";
                case PENDING -> "-fx-text-fill: #666666;";
            });
            icon.getStyleClass().add("auditor-check-" + row.status().name().toLowerCase());
            setGraphic(icon);
            setText(row.text());
            Tooltip tip = new Tooltip(row.text());
            tip.setWrapText(true);
            tip.setMaxWidth(700);
            setTooltip(tip);
        }

        private static String label(AuditorViewModel.Status status) {
            return switch (status) {
                case HOLDS -> "\u2714 ok";
                case FAILED -> "\u2716 FAILED";
                case PENDING -> "\u2026 pending";
            };
        }

        private static void copy(String text) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static TableColumn<AuditorViewModel.Setting, String> column(String title, double width,
            Function<AuditorViewModel.Setting, String> value) {
        TableColumn<AuditorViewModel.Setting, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
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
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new AuditorView(viewModel).root(), Math.min(1240, screen.getWidth() - 40),
                Math.min(820, screen.getHeight() - 60));
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
