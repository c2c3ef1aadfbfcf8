package org.veil.io.excel;

import java.util.Set;
import org.veil.io.ReadOptions;

/**
 * How to read a spreadsheet (.xlsx or .xls).
 *
 * @param sheet         the sheet's name, or {@code null} for the first sheet
 * @param firstRow      0-based index of the first row to read (the header row if there is one);
 *                      rows above it are skipped
 * @param hasHeader     whether that first row holds the column names
 * @param missingTokens cell texts that mean "no value"; empty cells are always missing
 */
public record ExcelReadOptions(String sheet, int firstRow, boolean hasHeader, Set<String> missingTokens)
        implements ReadOptions {

    public ExcelReadOptions {
        if (firstRow < 0) {
            throw new IllegalArgumentException("first row must be 0 or more, was " + firstRow);
        }
        missingTokens = Set.copyOf(missingTokens);
    }

    /** First sheet, header in the first row, empty cells, {@code NA} and {@code ?} missing. */
    public static ExcelReadOptions defaults() {
        return new ExcelReadOptions(null, 0, true, Set.of("", "NA", "?"));
    }

    public ExcelReadOptions withSheet(String newSheet) {
        return new ExcelReadOptions(newSheet, firstRow, hasHeader, missingTokens);
    }

    public ExcelReadOptions withFirstRow(int newFirstRow) {
        return new ExcelReadOptions(sheet, newFirstRow, hasHeader, missingTokens);
    }

    public ExcelReadOptions withHeader(boolean header) {
        return new ExcelReadOptions(sheet, firstRow, header, missingTokens);
    }

    public ExcelReadOptions withMissingTokens(Set<String> tokens) {
        return new ExcelReadOptions(sheet, firstRow, hasHeader, tokens);
    }
}
