package org.veil.ui.attributes;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.veil.engine.data.DataType;
import org.veil.engine.data.TypeInference;

/**
 * The selected column's data type, with the Data step's choices: text, integer, decimal, or a date
 * in one of the usual patterns (or one typed in); and the values that are not valid under it.
 */
final class TypeSection {

    private final ComboBox<DataType> kind = new ComboBox<>();
    private final ComboBox<String> pattern = new ComboBox<>();
    private final Label invalid = new Label();
    private final VBox box;
    private boolean showing;

    TypeSection(AttributesViewModel viewModel) {
        kind.getItems().setAll(DataType.STRING, DataType.INTEGER, DataType.DECIMAL, DataType.DATE);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataType type) {
                return type == null ? "" : type.label();
            }

            @Override
            public DataType fromString(String text) {
                return null;
            }
        });
        kind.setId("type-choice");
        kind.setTooltip(new Tooltip("How the column's values are read and ordered. Integers, decimals and dates"
                + " can be generalized into ranges; a value that does not fit the type is listed below."));
        pattern.getItems().setAll(TypeInference.DATE_PATTERNS);
        pattern.setEditable(true);
        pattern.setId("date-pattern");
        pattern.setTooltip(new Tooltip("How the dates are written: y year, M month, d day, H:mm time,"
                + " e.g. dd.MM.yyyy. Pick one or type one and press Enter."));
        pattern.visibleProperty().bind(kind.valueProperty().isEqualTo(DataType.DATE));
        pattern.managedProperty().bind(pattern.visibleProperty());
        HBox.setHgrow(pattern, Priority.ALWAYS);
        pattern.setMaxWidth(Double.MAX_VALUE);
        kind.setOnAction(e -> {
            if (!showing) {
                viewModel.changeType(kind.getValue(), null);
            }
        });
        pattern.setOnAction(e -> {
            if (!showing && kind.getValue() == DataType.DATE) {
                viewModel.changeType(DataType.DATE, pattern.getValue());
            }
        });
        invalid.setId("invalid-values");
        invalid.setWrapText(true);
        invalid.getStyleClass().add("warning-text");
        invalid.managedProperty().bind(invalid.textProperty().isNotEmpty());
        box = new VBox(4, ColumnPanel.title("Data type"), new HBox(6, kind, pattern), invalid);
    }

    void show(ColumnDetails column) {
        showing = true;
        kind.setValue(column.type().dataType());
        pattern.setValue(column.type().pattern());
        showing = false;
        invalid.setText(column.invalidValuesSummary());
    }

    Node node() {
        return box;
    }
}
