package org.veil.io.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;

/**
 * Turns the rows of one sheet, cell by cell as a reader meets them, into a dataset: skips rows above
 * the first row and rows without cells, takes the header, fills the gaps of sparse rows with missing
 * values and reports progress. The .xlsx and .xls readers share it, so both read alike.
 *
 * <p>Each column has its own single-column {@link DatasetBuilder}: without a header the width is
 * only known at the end, and a column first met in row 5000 is simply backfilled with missing values.
 *
 * <p>Error messages never quote cell contents: the data being anonymised may be personal.
 */
final class SheetRowCollector {

    private static final int ROWS_PER_CANCEL_CHECK = 1_000;
    private static final int ROWS_PER_PROGRESS = 10_000;
    static final String PHASE = "Reading rows…";

    private final String source;
    private final String sheet;
    private final ExcelReadOptions options;
    private final int maxRows;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    private final List<DatasetBuilder> columns = new ArrayList<>();
    private String[] rowCells = new String[16];
    private int rowWidth;
    private int rowIndex = -1;
    private long rowsSeen;
    private int lastRow = -1;
    /** The header row, or the first data row without a header; -1 until one is met. */
    private int firstRowWithValues = -1;
    private int dataRows;
    private boolean full;

    SheetRowCollector(String source, String sheet, ExcelReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) {
        this.source = source;
        this.sheet = sheet;
        this.options = options;
        this.maxRows = maxRows;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** The 1-based number of the sheet's last row, if the file tells it; makes progress determinate. */
    void expectLastRow(int lastRowNumber) {
        this.lastRow = lastRowNumber;
    }

    /** Whether {@code maxRows} data rows have been read; the reader should stop. */
    boolean isFull() {
        return full;
    }

    void startRow(int index) {
        rowIndex = index;
        rowWidth = 0;
    }

    /** One cell of the current row, as the user sees it; "" for an empty cell. */
    void cell(int column, String text) throws DatasetReadException {
        if (rowIndex < options.firstRow() || text == null || text.isEmpty()) {
            return;
        }
        if (firstRowWithValues >= 0 && options.hasHeader() && column >= columns.size()) {
            String cell = new CellReference(sheet, rowIndex, column, false, false).formatAsString();
            throw new DatasetReadException(ImportProblem.CELL_OUTSIDE_HEADER, source, rowIndex + 1L, column + 1,
                    "cell " + cell + " has a value but lies right of the last header column "
                            + letter(columns.size() - 1) + "; give its column a header or clear the cell");
        }
        if (column >= rowCells.length) {
            rowCells = Arrays.copyOf(rowCells, Math.max(column + 1, rowCells.length * 2));
        }
        if (column >= rowWidth) {
            Arrays.fill(rowCells, rowWidth, column, null); // cells left of this one are missing in sparse rows
            rowWidth = column + 1;
        }
        rowCells[column] = text;
    }

    void endRow() throws DatasetReadException {
        if (++rowsSeen % ROWS_PER_CANCEL_CHECK == 0) {
            cancel.throwIfCancelled();
        }
        if (rowsSeen % ROWS_PER_PROGRESS == 0) {
            progress.progress(fraction(), PHASE);
        }
        if (rowWidth == 0) {
            return; // above the first row, or no cell with a value: Excel users leave blank rows
        }
        if (firstRowWithValues < 0) {
            firstRowWithValues = rowIndex;
            if (options.hasHeader()) {
                takeHeader();
                return;
            }
        }
        addDataRow();
    }

    /** The dataset of the rows read. */
    Dataset finish() throws DatasetReadException {
        if (firstRowWithValues < 0) {
            String where = options.firstRow() > 0 ? " at or below row " + (options.firstRow() + 1) : "";
            throw new DatasetReadException(ImportProblem.EMPTY_FILE, source,
                    "sheet '" + sheet + "' has no rows with values" + where);
        }
        if (dataRows == 0) {
            throw new DatasetReadException(ImportProblem.NO_DATA_ROWS, source, firstRowWithValues + 1L, 0,
                    "sheet '" + sheet + "' has a header row but no data rows below it");
        }
        List<Column> built = new ArrayList<>(columns.size());
        for (DatasetBuilder column : columns) {
            built.add(column.build().column(0));
        }
        progress.progress(1, PHASE);
        return new Dataset(built);
    }

    private void takeHeader() throws DatasetReadException {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < rowWidth; c++) {
            String name = rowCells[c] == null ? "" : rowCells[c].trim();
            if (name.isEmpty()) {
                throw new DatasetReadException(ImportProblem.BLANK_HEADER, source, rowIndex + 1L, c + 1,
                        "header cell " + letter(c) + (rowIndex + 1) + " in sheet '" + sheet
                                + "' is blank; every column needs a name");
            }
            Integer earlier = seen.putIfAbsent(name, c);
            if (earlier != null) {
                throw new DatasetReadException(ImportProblem.DUPLICATE_HEADER, source, rowIndex + 1L, c + 1,
                        "columns " + letter(earlier) + " and " + letter(c) + " in sheet '" + sheet
                                + "' are both named '" + name + "'; column names must be unique");
            }
            columns.add(new DatasetBuilder(List.of(name), 0));
        }
    }

    private void addDataRow() {
        if (!options.hasHeader()) {
            while (columns.size() < rowWidth) {
                addBackfilledColumn("Column " + (columns.size() + 1));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            DatasetBuilder column = columns.get(c);
            column.addCell(0, c < rowWidth ? valueOf(rowCells[c]) : null);
            column.endRow();
        }
        full = ++dataRows >= maxRows;
    }

    private void addBackfilledColumn(String name) {
        DatasetBuilder column = new DatasetBuilder(List.of(name), dataRows);
        for (int row = 0; row < dataRows; row++) {
            column.addCell(0, null);
            column.endRow();
        }
        columns.add(column);
    }

    private String valueOf(String text) {
        return text == null || options.missingTokens().contains(text) ? null : text;
    }

    private double fraction() {
        if (lastRow <= 0) {
            return ProgressListener.INDETERMINATE;
        }
        long total = Math.min((long) lastRow, options.firstRow() + 1L + maxRows);
        return Math.min(1.0, (rowIndex + 1.0) / total);
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
