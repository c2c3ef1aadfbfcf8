package org.veil.io.excel;

import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;

/**
 * Imports a sheet of an Excel workbook (.xlsx or .xls, recognised by content) as a dataset, with
 * every cell as the text Excel shows for it. The input is only ever read, never written.
 *
 * <p>POI's guards against ZIP bombs and oversized records stay on; a file that trips them, an
 * encrypted or a damaged file ends in a {@link DatasetReadException}, never in a raw POI exception.
 */
public final class ExcelDatasetReader {

    private ExcelDatasetReader() {
    }

    /** The names of the workbook's sheets, in workbook order. */
    public static List<String> sheetNames(InputSource source) throws DatasetReadException {
        SpreadsheetFormat format = SpreadsheetFormat.detect(source);
        return guarded(source, () -> format == SpreadsheetFormat.XLSX
                ? XlsxWorkbookReader.sheetNames(source)
                : XlsWorkbookReader.sheetNames(source));
    }

    /**
     * Reads one sheet.
     *
     * @param maxRows the most data rows to read, for a preview; {@link Integer#MAX_VALUE} for all
     * @throws DatasetReadException     naming the file, sheet, row and column of the problem where known
     * @throws CancelledException       if {@code cancel} was cancelled
     * @throws IllegalArgumentException if {@code maxRows} is less than 1
     */
    public static Dataset read(InputSource source, ExcelReadOptions options, int maxRows, ProgressListener progress,
            CancellationToken cancel) throws DatasetReadException {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        cancel.throwIfCancelled();
        progress.progress(ProgressListener.INDETERMINATE, SheetRowCollector.PHASE);
        SpreadsheetFormat format = SpreadsheetFormat.detect(source);
        return guarded(source, () -> format == SpreadsheetFormat.XLSX
                ? XlsxWorkbookReader.read(source, options, maxRows, progress, cancel)
                : XlsWorkbookReader.read(source, options, maxRows, progress, cancel));
    }

    /** Work on a workbook that may fail in any of POI's ways. */
    @FunctionalInterface
    private interface WorkbookTask<T> {
        T run() throws Exception;
    }

    private static <T> T guarded(InputSource source, WorkbookTask<T> task) throws DatasetReadException {
        try {
            return task.run();
        } catch (DatasetReadException e) {
            throw e;
        } catch (Exception e) {
            throw ExcelProblems.unreadable(source.name(), e); // rethrows a CancelledException as it is
        }
    }
}
