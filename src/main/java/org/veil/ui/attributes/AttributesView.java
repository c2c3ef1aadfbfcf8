package org.veil.ui.attributes;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.data.DatasetTableView;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Attributes step: the dataset with each column's role and type as badges in its header, and a
 * panel for the selected column (click a column to select it).
 */
public final class AttributesView {

    private final BorderPane root = new BorderPane();
    private final AttributesViewModel viewModel;
    private final DatasetTableView table;

    /** The step over the workbench's shared workspace, as the workbench registers it. */
    public static Node create(WorkspaceModel workspace, BackgroundWork work, DialogService dialogs) {
        return new AttributesView(new AttributesViewModel(workspace, work, dialogs)).node();
    }

    public AttributesView(AttributesViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new DatasetTableView(viewModel::changeType);
        table.node().setId("attributes-table");
        table.enableColumnSelection();
        table.setHeaderBadges(index -> List.of(RoleStyle.badge(columnName(index), viewModel.roleOf(index))));
        viewModel.workspaceProperty().addListener((o, old, now) -> showWorkspace(old, now));
        table.selectedColumnProperty().addListener((o, old, now) -> selectFromTable(now.intValue()));
        viewModel.detailsProperty().addListener((o, old, now) -> selectInTable(now));
        showWorkspace(null, viewModel.workspaceProperty().get());

        Region panel = new ColumnPanel(viewModel).node();
        // The table gets any extra width of a large screen; the panel keeps a readable line length.
        panel.setMinWidth(300);
        panel.setMaxWidth(480);
        SplitPane split = new SplitPane(table.node(), panel);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        Label hint = new Label("Open a dataset first (File › Open, Ctrl+O), or open the sample project.");
        hint.getStyleClass().add("empty-hint");
        hint.visibleProperty().bind(viewModel.workspaceProperty().isNull());
        split.visibleProperty().bind(viewModel.workspaceProperty().isNotNull());
        Label title = new Label("Attributes — click a column to set its role, type and hierarchy");
        title.getStyleClass().add("step-heading");
        BorderPane.setMargin(title, new Insets(8, 10, 6, 10));
        root.setTop(title);
        root.setCenter(new StackPane(split, hint));
        root.getStyleClass().add("attributes-step");
        root.getStylesheets().add(AttributesView.class.getResource("/org/veil/ui/attributes.css").toExternalForm());
    }

    private void showWorkspace(Workspace old, Workspace now) {
        if (now == null || old == null || now.dataset() != old.dataset()) {
            table.show(now == null ? null : now.dataset());
        } else {
            table.refreshHeaders();
        }
        selectInTable(viewModel.detailsProperty().get());
    }

    private String columnName(int index) {
        return viewModel.workspaceProperty().get().dataset().column(index).name();
    }

    private void selectFromTable(int index) {
        if (index >= 0 && viewModel.workspaceProperty().get() != null) {
            viewModel.selectedColumnProperty().set(columnName(index));
        }
    }

    /** Highlights the selected column; scrolls to it unless it was selected by clicking it. */
    private void selectInTable(ColumnDetails details) {
        int index = details == null ? -1 : details.index();
        if (table.selectedColumnProperty().get() != index) {
            table.selectedColumnProperty().set(index);
            table.scrollToColumn(index);
        }
    }

    public Node node() {
        return root;
    }
}
