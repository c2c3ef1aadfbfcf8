package org.veil.ui.compare;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Column widths that fit the header and the first rows' values on both sides. */
final class ColumnWidths {

    private static final int SAMPLE_ROWS = 200;

    private ColumnWidths() {
    }

    static double of(Comparison comparison, int column) {
        ComparedColumn compared = comparison.columns().get(column);
        double widest = Math.max(textWidth(compared.name()),
                Math.max(textWidth(compared.inputTag()), textWidth(compared.outputTag())));
        int rows = Math.min(SAMPLE_ROWS, comparison.rowCount());
        for (int row = 0; row < rows; row++) {
            widest = Math.max(widest, textWidth(comparison.inputValue(row, column)));
            widest = Math.max(widest, textWidth(comparison.outputValue(row, column)));
        }
        return Math.min(280, Math.max(64, widest + 22));
    }

    static double rowNumber(int rows) {
        return textWidth(String.format("%,d", rows)) + 34; // room for the suppressed icon
    }

    private static double textWidth(String text) {
        if (text == null) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(Font.getDefault());
        return measure.getLayoutBounds().getWidth();
    }
}
