package org.veil.service;

import java.io.IOException;
import java.nio.file.Path;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.AtomicFileWriter;
import org.veil.io.csv.CsvDatasetWriter;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.io.excel.XlsxDatasetWriter;

/**
 * Exporting a dataset. Writes are atomic, and the file the data was read from is never a target:
 * an anonymized export must not destroy the original.
 */
public final class ExportService {

    /** Sheet name used for spreadsheet exports. */
    public static final String SHEET_NAME = "Data";

    /**
     * The CSV options an export uses unless the user changes them: the Export step's and dialog's
     * defaults, and what {@code veil run} writes, so both produce the same bytes. UTF-8, comma,
     * minimal quoting, LF, formulas neutralised, missing values empty.
     */
    public static CsvWriteOptions defaultCsvOptions() {
        return CsvWriteOptions.defaults();
    }

    /**
     * @param input the file the dataset was imported from, or {@code null}; refused as a target
     */
    public void exportCsv(Dataset dataset, Path target, CsvWriteOptions options, Path input,
            ProgressListener progress, CancellationToken cancel) throws IOException {
        AtomicFileWriter.refuseToOverwrite(target, input);
        CsvDatasetWriter.write(dataset, target, options, progress, cancel);
    }

    /**
     * @param input the file the dataset was imported from, or {@code null}; refused as a target
     */
    public void exportXlsx(Dataset dataset, Path target, Path input, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        AtomicFileWriter.refuseToOverwrite(target, input);
        XlsxDatasetWriter.write(dataset, target, SHEET_NAME, progress, cancel);
    }

    /**
     * Writes a file already rendered in memory, such as a chart image, atomically: the target is
     * either left as it was or replaced whole.
     */
    public void exportBytes(byte[] content, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> out.write(content));
    }
}
