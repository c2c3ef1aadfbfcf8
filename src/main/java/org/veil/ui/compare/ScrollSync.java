package org.veil.ui.compare;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;

/**
 * Ties two tables' scroll bars together, both ways: the tables have the same rows, a fixed row
 * height and columns of the same widths, so equal scroll bar values show the same rows and columns.
 * The bars exist once the tables are skinned and laid out, so this binds on each layout until then.
 */
final class ScrollSync {

    private ScrollSync() {
    }

    static void bind(TableView<?> first, TableView<?> second) {
        Runnable tryBind = new Runnable() {
            private boolean bound;

            @Override
            public void run() {
                if (bound) {
                    return;
                }
                ScrollBar[] a = {bar(first, Orientation.VERTICAL), bar(first, Orientation.HORIZONTAL)};
                ScrollBar[] b = {bar(second, Orientation.VERTICAL), bar(second, Orientation.HORIZONTAL)};
                if (a[0] != null && a[1] != null && b[0] != null && b[1] != null) {
                    a[0].valueProperty().bindBidirectional(b[0].valueProperty());
                    a[1].valueProperty().bindBidirectional(b[1].valueProperty());
                    bound = true;
                }
            }
        };
        first.needsLayoutProperty().addListener(o -> tryBind.run());
        second.needsLayoutProperty().addListener(o -> tryBind.run());
    }

    /** The table's own scroll bar of an orientation (the virtual flow's, not a nested control's). */
    static ScrollBar bar(TableView<?> table, Orientation orientation) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == orientation
                    && bar.getParent() != null && bar.getParent().getStyleClass().contains("virtual-flow")) {
                return bar;
            }
        }
        return null;
    }
}
