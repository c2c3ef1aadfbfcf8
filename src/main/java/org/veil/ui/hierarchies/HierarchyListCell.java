package org.veil.ui.hierarchies;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A column in the list: a status icon, its name, and its role with the state of its hierarchy. */
final class HierarchyListCell extends ListCell<HierarchyEntry> {

    @Override
    protected void updateItem(HierarchyEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label icon = new Label(icon(entry.status()));
        icon.getStyleClass().addAll("status-icon", styleClass(entry));
        Label name = new Label(entry.column());
        name.getStyleClass().add("entry-name");
        Label status = new Label(entry.role().label() + " · " + entry.statusText());
        status.getStyleClass().addAll("entry-status", styleClass(entry));
        HBox row = new HBox(8, icon, new VBox(1, name, status));
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
        setTooltip(new Tooltip(entry.statusExplanation()));
    }

    /** E.g. {@code status-not-covering}; a hierarchy that is not used looks like an optional one. */
    private static String styleClass(HierarchyEntry entry) {
        if (entry.status() == HierarchyEntry.Status.OK && !entry.isUsed()) {
            return "status-optional";
        }
        return "status-" + entry.status().name().toLowerCase().replace('_', '-');
    }

    private static String icon(HierarchyEntry.Status status) {
        return switch (status) {
            case OK -> "✔";
            case MISSING -> "✖";
            case NOT_COVERING -> "⚠";
            case OPTIONAL -> "○";
        };
    }
}
