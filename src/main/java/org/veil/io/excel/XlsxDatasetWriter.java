package org.veil.io.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.AtomicFileWriter;

/**
 * Writes a dataset as a one-sheet .xlsx workbook, streaming: only a window of rows is in memory,
 * the rest goes to temporary files that are deleted afterwards. The target is replaced only once
 * the whole workbook is written, so a failure or a cancel leaves an existing file as it was.
 *
 * <p>Numbers are written as numeric cells only where Excel shows them back exactly as they were
 * (see {@link XlsxCellValues}); text is always a text cell, so {@code =1+1} never becomes a formula.
 */
public final class XlsxDatasetWriter {

    /** Excel's sheet size: 1,048,576 rows of which one holds the header, and 16,384 columns. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private static final int ROW_WINDOW = 100;
    private static final int ROWS_PER_CANCEL_CHECK = 1_024;
    private static final int ROWS_PER_PROGRESS = 8_192;
    private static final String PHASE = "Writing rows…";

    private XlsxDatasetWriter() {
    }

    /**
     * @param sheetName the sheet's name; characters Excel forbids are replaced, {@code null} means "Sheet1"
     * @throws IOException if the dataset exceeds Excel's limits (before anything is written) or writing fails
     */
    public static void write(Dataset dataset, Path target, String sheetName, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        checkSize(dataset);
        // Every cell value is decided up front, so a value Excel cannot hold fails before anything is written.
        XlsxCellValues[] columns = new XlsxCellValues[dataset.columnCount()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = XlsxCellValues.of(dataset.column(c), c);
        }
        String safeName = WorkbookUtil.createSafeSheetName(sheetName == null ? "Sheet1" : sheetName, '_');
        int rows = dataset.rowCount();
        AtomicFileWriter.write(target, out -> writeWorkbook(columns, rows, out, safeName, progress, cancel));
    }

    private static void checkSize(Dataset dataset) throws IOException {
        if (dataset.columnCount() > MAX_COLUMNS) {
            throw new IOException("the dataset has " + dataset.columnCount()
                    + " columns, but an Excel sheet holds at most " + MAX_COLUMNS + "; export it as CSV instead");
        }
        if (dataset.rowCount() > MAX_DATA_ROWS) {
            throw new IOException("the dataset has " + dataset.rowCount() + " rows, but an Excel sheet holds at most "
                    + MAX_DATA_ROWS + " below its header; export it as CSV instead");
        }
    }

    private static void writeWorkbook(XlsxCellValues[] columns, int rows, OutputStream out, String sheetName,
            ProgressListener progress, CancellationToken cancel) throws IOException {
        // close() also deletes the temporary files of the rows flushed out of the window
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            writeHeader(columns, workbook, sheet);
            for (int r = 0; r < rows; r++) {
                if (r % ROWS_PER_CANCEL_CHECK == 0) {
                    cancel.throwIfCancelled();
                }
                if (r % ROWS_PER_PROGRESS == 0) {
                    progress.progress((double) r / rows, PHASE);
                }
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    columns[c].write(row, c, r);
                }
            }
            cancel.throwIfCancelled();
            progress.progress(1, "Saving workbook…");
            workbook.write(out);
            progress.progress(1, "Written");
        }
    }

    private static void writeHeader(XlsxCellValues[] columns, SXSSFWorkbook workbook, SXSSFSheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns[c].header());
            cell.setCellStyle(headerStyle);
        }
    }
}
