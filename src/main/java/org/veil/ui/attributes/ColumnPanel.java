package org.veil.ui.attributes;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.veil.service.workspace.Workspace;

/**
 * The side panel of the Attributes step: the selected column (chosen here or by clicking it in the
 * table), its role, type and hierarchy, and what keeps it from being anonymized.
 */
final class ColumnPanel {

    private final ComboBox<String> column = new ComboBox<>();
    private final VBox problems = new VBox(4);
    private final RoleSection role;
    private final TypeSection type;
    private final HierarchySection hierarchy;
    private final VBox content;
    private final ScrollPane scroll;

    ColumnPanel(AttributesViewModel viewModel) {
        column.setId("column-choice");
        column.setMaxWidth(Double.MAX_VALUE);
        column.setTooltip(new Tooltip("The column shown below; or click a column in the table"));
        column.valueProperty().bindBidirectional(viewModel.selectedColumnProperty());
        viewModel.workspaceProperty().addListener((o, old, now) -> listColumns(old, now));
        listColumns(null, viewModel.workspaceProperty().get());
        problems.setId("column-problems");
        role = new RoleSection(viewModel);
        type = new TypeSection(viewModel);
        hierarchy = new HierarchySection(viewModel);
        content = new VBox(10, title("Column"), column, problems, role.node(), new Separator(), type.node(),
                new Separator(), hierarchy.node());
        content.setPadding(new Insets(10, 12, 12, 12));
        content.getStyleClass().add("column-panel");
        viewModel.detailsProperty().addListener((o, old, now) -> show(now));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(320);
        scroll.getStyleClass().add("column-panel-scroll");
        show(viewModel.detailsProperty().get());
    }

    private void show(ColumnDetails details) {
        content.setDisable(details == null);
        if (details != null) {
            role.show(details);
            type.show(details);
            hierarchy.show(details);
            showProblems(details);
        }
    }

    private void listColumns(Workspace old, Workspace now) {
        if (now == null) {
            column.getItems().clear();
        } else if (old == null || !old.dataset().columnNames().equals(now.dataset().columnNames())) {
            String selected = column.getValue();
            column.getItems().setAll(now.dataset().columnNames());
            column.setValue(selected);
        }
    }

    private void showProblems(ColumnDetails details) {
        problems.getChildren().clear();
        for (String message : details.problems()) {
            Label label = new Label("⚠ " + message);
            label.setWrapText(true);
            label.getStyleClass().addAll("error-text", "column-problem");
            problems.getChildren().add(label);
        }
        problems.setManaged(!details.problems().isEmpty());
    }

    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    Region node() {
        return scroll;
    }
}
