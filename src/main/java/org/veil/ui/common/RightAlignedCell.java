package org.veil.ui.common;

import javafx.scene.control.TableCell;

/** A table cell for figures: right-aligned, so digits line up down the column. */
public final class RightAlignedCell<S> extends TableCell<S, String> {

    public RightAlignedCell() {
        setStyle("-fx-alignment: center-right;");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
