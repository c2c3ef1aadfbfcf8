package org.veil.ui.hierarchies;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.LatestOnlyRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Hierarchies step: on the left the columns that need or have a hierarchy with the state of
 * each, on the right the selected column's hierarchy.
 */
public final class HierarchiesView {

    private final BorderPane root = new BorderPane();

    /** The step over the workbench's shared workspace, as the workbench registers it. */
    /** The step as the workbench registers it: previews on a background thread, results on the UI thread. */
    public static Node create(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs,
            AnonymizationModel anonymization) {
        // The levels of the solution chosen last: a change of the configuration drops the solution, but
        // previewing the next edit against it is what tells whether the edit helps.
        ObjectProperty<Map<String, Integer>> chosenLevels = new SimpleObjectProperty<>(Map.of());
        anonymization.selectedProperty().addListener((o, old, now) -> {
            if (now != null) {
                chosenLevels.set(now.levels());
            }
        });
        workspace.workspaceProperty().addListener((o, old, now) -> {
            if (now == null || old == null || now.dataset() != old.dataset()) {
                chosenLevels.set(Map.of());
            }
        });
        Executor previewThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hierarchy-preview");
            thread.setDaemon(true);
            return thread;
        });
        return new HierarchiesView(new HierarchiesViewModel(workspace, work, dialogs, chosenLevels,
                new LatestOnlyRunner<>(previewThread, Platform::runLater))).node();
    }

    public HierarchiesView(HierarchiesViewModel viewModel) {
        ListView<HierarchyEntry> list = new ListView<>(viewModel.entries());
        list.setId("hierarchy-columns");
        list.setCellFactory(view -> new HierarchyListCell());
        list.setTooltip(new Tooltip("Quasi-identifiers need a hierarchy; sensitive attributes only for"
                + " hierarchical t-closeness"));
        Label empty = new Label("No quasi-identifiers or sensitive attributes. Mark columns as quasi-identifying"
                + " in Attributes.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedColumnProperty().set(now.column());
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        // Replacing the entries (any change of the workspace) clears the list's selection: restore it.
        viewModel.entries().addListener((ListChangeListener<HierarchyEntry>) change ->
                list.getSelectionModel().select(viewModel.selectedProperty().get()));
        list.getSelectionModel().select(viewModel.selectedProperty().get());
        list.setMinWidth(220);
        list.setMaxWidth(340); // extra width of a large screen goes to the levels

        SplitPane split = new SplitPane(list, new HierarchyPanel(viewModel).node());
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(list, false);
        Label hint = new Label();
        hint.setId("hierarchies-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-banner");
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label("Hierarchies — how the values of each quasi-identifier are generalized");
        title.getStyleClass().add("step-heading");
        VBox top = new VBox(6, title, hint);
        BorderPane.setMargin(top, new Insets(8, 10, 6, 10));
        root.setTop(top);
        root.setCenter(split);
        root.getStyleClass().add("hierarchies-step");
        root.getStylesheets().add(HierarchiesView.class.getResource("/org/veil/ui/hierarchies.css").toExternalForm());
    }

    public Node node() {
        return root;
    }
}
