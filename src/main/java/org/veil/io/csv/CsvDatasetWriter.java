package org.veil.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.AtomicFileWriter;

/**
 * Writes a dataset as delimited text, atomically: the target is replaced only once the whole file
 * is written. A value the chosen charset cannot encode fails the export instead of turning into
 * {@code ?} silently.
 */
public final class CsvDatasetWriter {

    private static final int ROWS_PER_CHECK = 8192;

    private CsvDatasetWriter() {
    }

    public static void write(Dataset dataset, Path target, CsvWriteOptions options, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        AtomicFileWriter.write(target, out -> write(dataset, out, options, progress, cancel));
    }

    /** Writes to a stream, which is flushed but not closed. */
    public static void write(Dataset dataset, OutputStream out, CsvWriteOptions options, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        CharsetEncoder encoder = options.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        requireEncodable(dataset, options, encoder);
        Writer writer = new OutputStreamWriter(out, encoder);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setRecordSeparator(options.lineSeparator())
                .setQuoteMode(options.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        int columns = dataset.columnCount();
        String[] cells = new String[columns];
        for (int c = 0; c < columns; c++) {
            cells[c] = cell(dataset.column(c).name(), options);
        }
        printer.printRecord((Object[]) cells);
        int rows = dataset.rowCount();
        for (int row = 0; row < rows; row++) {
            if (row % ROWS_PER_CHECK == 0) {
                cancel.throwIfCancelled();
                progress.progress((double) row / rows, "Writing rows…");
            }
            for (int c = 0; c < columns; c++) {
                Column column = dataset.column(c);
                String value = column.value(row);
                cells[c] = value == null ? options.missingText() : cell(value, options);
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
        progress.progress(1, "Written");
    }

    /** Checks every distinct value up front, so an export fails before writing, naming the value. */
    private static void requireEncodable(Dataset dataset, CsvWriteOptions options, CharsetEncoder encoder)
            throws IOException {
        for (Column column : dataset.columns()) {
            if (!encoder.canEncode(column.name())) {
                throw new IOException("column name '" + column.name() + "' cannot be written in " + options.charset());
            }
            for (int code = 0; code < column.dictionary().size(); code++) {
                String value = column.dictionary().value(code);
                if (value != null && !encoder.canEncode(value)) {
                    throw new IOException("value '" + value + "' of column '" + column.name()
                            + "' cannot be written in " + options.charset() + "; choose UTF-8");
                }
            }
        }
        encoder.reset();
    }

    private static String cell(String value, CsvWriteOptions options) {
        return options.neutraliseFormulas() ? FormulaNeutraliser.neutralise(value) : value;
    }
}
