package org.veil.ui.attributes;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.veil.service.workspace.AttributeRole;

/** A role in the role choice: a dot in the role's colour, its name, and what it means as a tooltip. */
final class RoleCell extends ListCell<AttributeRole> {

    @Override
    protected void updateItem(AttributeRole role, boolean empty) {
        super.updateItem(role, empty);
        if (empty || role == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Region dot = new Region();
        dot.getStyleClass().addAll("role-dot", RoleStyle.styleClass(role));
        setGraphic(dot);
        setText(role.label());
        setTooltip(new Tooltip(role.explanation()));
    }
}
