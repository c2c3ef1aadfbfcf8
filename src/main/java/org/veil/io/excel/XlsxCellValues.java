package org.veil.io.excel;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dictionary;

/**
 * How each value of one column goes into a cell, decided once per distinct value (the column is
 * dictionary-encoded) rather than once per row, and before anything is written.
 *
 * <p>A number becomes a numeric cell only if reading the cell back gives the very same text: Excel
 * keeps 15 significant digits and drops trailing zeros, so {@code 12345678901234567}, {@code 1.50}
 * or {@code 1e5} stay text cells instead of silently changing.
 */
final class XlsxCellValues {

    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final String header;
    private final int[] codes;
    /** Per code: the number of a numeric cell, used where {@link #texts} is null. */
    private final double[] numbers;
    /** Per code: the text of a text cell as stored (see {@link #storedText}); null for numbers and missing values. */
    private final String[] texts;
    private final int missingCode;

    private XlsxCellValues(Column column, int columnIndex) throws IOException {
        header = storedText(column.name());
        if (header.length() > MAX_TEXT_LENGTH) {
            throw tooLong(columnIndex, 0);
        }
        codes = column.codes();
        Dictionary dictionary = column.dictionary();
        missingCode = dictionary.missingCode();
        numbers = new double[dictionary.size()];
        texts = new String[dictionary.size()];
        boolean numberColumn = isNumberType(column.type());
        for (int code = 0; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            if (value == null) {
                continue;
            }
            if (numberColumn && column.type().accepts(value)) {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number) && NumberToTextConverter.toText(number).equals(value)) {
                    numbers[code] = number;
                    continue;
                }
            }
            texts[code] = storedText(value);
            if (texts[code].length() > MAX_TEXT_LENGTH) {
                throw tooLong(columnIndex, firstRowWith(code) + 1);
            }
        }
    }

    /**
     * The cell values of a column.
     *
     * @throws IOException naming the cell if a value or the name is longer than an Excel cell holds
     */
    static XlsxCellValues of(Column column, int columnIndex) throws IOException {
        return new XlsxCellValues(column, columnIndex);
    }

    /** The column name as stored in the header cell. */
    String header() {
        return header;
    }

    /** Writes the value of a dataset row into a sheet row; a missing value leaves the cell empty. */
    void write(Row row, int cellIndex, int datasetRow) {
        int code = codes[datasetRow];
        if (code == missingCode) {
            return;
        }
        String text = texts[code];
        if (text == null) {
            row.createCell(cellIndex).setCellValue(numbers[code]);
        } else {
            row.createCell(cellIndex).setCellValue(text); // a text cell, even for "=1+1"
        }
    }

    private static IOException tooLong(int column, int sheetRow) {
        return new IOException("cell " + new CellReference(sheetRow, column).formatAsString(false)
                + " would hold more than " + MAX_TEXT_LENGTH
                + " characters, the most an Excel cell can hold; export it as CSV instead");
    }

    /**
     * Text in Excel's own escape for characters XML cannot carry: control characters and lone
     * surrogates become {@code _xHHHH_}, and an underscore that would start such an escape becomes
     * {@code _x005F_}. POI's streaming writer would otherwise turn them into '?', and Excel (like the
     * reader) decodes the escape back to the original text.
     */
    static String storedText(String text) {
        StringBuilder stored = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (stored != null) {
                    stored.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isUnstorable(c) || startsEscapeLikeText(text, i)) {
                if (stored == null) {
                    stored = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                stored.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else if (stored != null) {
                stored.append(c);
            }
        }
        return stored == null ? text : stored.toString();
    }

    private static boolean isUnstorable(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                || Character.isSurrogate(c);
    }

    private static boolean startsEscapeLikeText(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int h = i + 2; h < i + 6; h++) {
            if ("0123456789ABCDEFabcdef".indexOf(text.charAt(h)) < 0) {
                return false;
            }
        }
        return true;
    }

    private int firstRowWith(int code) {
        for (int row = 0; row < codes.length; row++) {
            if (codes[row] == code) {
                return row;
            }
        }
        return -1;
    }

    private static boolean isNumberType(ColumnType type) {
        return type.dataType() == DataType.INTEGER || type.dataType() == DataType.DECIMAL;
    }
}
