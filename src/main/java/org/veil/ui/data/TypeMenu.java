package org.veil.ui.data;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.Node;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.TypeInference;

/** The menu behind a column's type badge: pick text, a number type or a date pattern. */
final class TypeMenu {

    private TypeMenu() {
    }

    static ContextMenu create(ColumnType current, Consumer<ColumnType> onChosen) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(item(ColumnType.STRING, current, onChosen), item(ColumnType.INTEGER, current, onChosen),
                item(ColumnType.DECIMAL, current, onChosen));
        Menu dates = new Menu("Date");
        for (String pattern : TypeInference.DATE_PATTERNS) {
            CheckMenuItem date = item(ColumnType.date(pattern), current, onChosen);
            date.setText(pattern);
            dates.getItems().add(date);
        }
        MenuItem custom = new MenuItem("Other pattern…");
        custom.setOnAction(e -> askForPattern(current, dates.getParentPopup().getOwnerNode()).ifPresent(onChosen));
        dates.getItems().addAll(new SeparatorMenuItem(), custom);
        menu.getItems().add(dates);
        return menu;
    }

    private static CheckMenuItem item(ColumnType type, ColumnType current, Consumer<ColumnType> onChosen) {
        CheckMenuItem item = new CheckMenuItem(type.label());
        item.setSelected(type.equals(current));
        item.setOnAction(e -> onChosen.accept(type));
        return item;
    }

    private static Optional<ColumnType> askForPattern(ColumnType current, Node owner) {
        TextInputDialog dialog = new TextInputDialog(current.pattern() == null ? "yyyy-MM-dd" : current.pattern());
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle("Date pattern");
        dialog.setHeaderText("How are the dates written?\nUse y for year, M for month, d for day, H:mm for time,"
                + " e.g. dd.MM.yyyy or M/d/yy HH:mm");
        dialog.setContentText("Pattern:");
        Optional<String> pattern = dialog.showAndWait();
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ColumnType.date(pattern.get()));
        } catch (IllegalArgumentException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "'" + pattern.get() + "' is not a usable date pattern: "
                    + e.getMessage());
            alert.setHeaderText("Invalid date pattern");
            alert.showAndWait();
            return Optional.empty();
        }
    }
}
