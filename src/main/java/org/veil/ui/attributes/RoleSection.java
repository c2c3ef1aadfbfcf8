package org.veil.ui.attributes;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.veil.service.workspace.AttributeRole;

/** The selected column's role: a choice of the four roles, and what the chosen one means. */
final class RoleSection {

    private final ComboBox<AttributeRole> choice = new ComboBox<>();
    private final Label explanation = new Label();
    private final VBox box;
    private boolean showing;

    RoleSection(AttributesViewModel viewModel) {
        choice.getItems().setAll(AttributeRole.values());
        choice.setId("role-choice");
        choice.setCellFactory(list -> new RoleCell());
        choice.setButtonCell(new RoleCell());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setTooltip(new Tooltip("What this column is for anonymization. Open the list and point at a role"
                + " to see what it means. Undo with Ctrl+Z."));
        choice.setOnAction(e -> {
            if (!showing) {
                viewModel.changeRole(choice.getValue());
            }
        });
        explanation.setId("role-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("field-hint");
        box = new VBox(4, ColumnPanel.title("Role"), choice, explanation);
    }

    void show(ColumnDetails column) {
        showing = true;
        choice.setValue(column.role());
        showing = false;
        explanation.setText(column.role().explanation() + ".");
    }

    Node node() {
        return box;
    }
}
