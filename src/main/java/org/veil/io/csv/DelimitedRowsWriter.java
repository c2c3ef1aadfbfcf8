package org.veil.io.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.veil.io.AtomicFileWriter;

/**
 * Writes plain rows of text, without a header, as delimited text with LF line endings and quotes
 * only where needed: the layout of generalization hierarchy files ({@code value;level1;…;*}).
 * The file is replaced atomically; a value the charset cannot encode fails the write instead of
 * turning into {@code ?}.
 */
public final class DelimitedRowsWriter {

    private DelimitedRowsWriter() {
    }

    public static void write(Path target, List<String[]> rows, char delimiter, Charset charset) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        AtomicFileWriter.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
            printer.flush();
        });
    }
}
