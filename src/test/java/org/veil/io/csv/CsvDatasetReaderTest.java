package org.veil.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.io.csv.CsvTestSupport.detectAndRead;
import static org.veil.io.csv.CsvTestSupport.read;
import static org.veil.io.csv.CsvTestSupport.rows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

class CsvDatasetReaderTest {

    @Test
    void readsHeaderValuesAndInfersTypes() throws Exception {
        Dataset data = detectAndRead("comma.csv");
        assertEquals(List.of("name", "age", "zip", "admitted"), data.columnNames());
        assertEquals(3, data.rowCount());
        assertArrayEquals(new String[] {"Chloé", "7", "94110", "2023-12-31"}, rows(data)[2]);
        assertEquals(ColumnType.STRING, data.column("name").type());
        assertEquals(ColumnType.INTEGER, data.column("age").type());
        assertEquals(ColumnType.STRING, data.column("zip").type(), "02138 has a leading zero: a code, not a number");
        assertEquals(ColumnType.date("yyyy-MM-dd"), data.column("admitted").type());
    }

    @Test
    void readsCrlfAndQuotedDelimiters() throws Exception {
        Dataset data = detectAndRead("semicolon_crlf.csv");
        assertEquals(List.of("sex", "age", "race"), data.columnNames());
        assertEquals("Asian; Pacific", data.value(2, 2));
        assertEquals("White", data.value(0, 2), "no carriage return left at the end of a value");
    }

    @Test
    void readsOldMacLineEndings() throws Exception {
        Dataset data = detectAndRead("cr_only.csv");
        assertArrayEquals(new String[][] {{"1", "2"}, {"3", "4"}}, rows(data));
    }

    @Test
    void readsQuotedLineBreaksAndDoubledQuotes() throws Exception {
        Dataset data = detectAndRead("quoted_multiline.csv");
        assertEquals("line one\nline two, with comma", data.value(0, 1));
        assertEquals("she said \"hi\"", data.value(1, 1));
        assertEquals(3, data.rowCount());
    }

    @Test
    void readsTabAndPipeDelimitedFiles() throws Exception {
        assertEquals("New York, NY", detectAndRead("tab.tsv").value(1, 1));
        assertEquals(ColumnType.DECIMAL, detectAndRead("tab.tsv").column("score").type());
        assertEquals("Other, unspecified", detectAndRead("pipe.txt").value(2, 1));
    }

    @Test
    void readsSingleQuotedFields() throws Exception {
        assertEquals("Smith; John", detectAndRead("single_quote.csv").value(0, 1));
    }

    @Test
    void dropsTheByteOrderMarkFromTheFirstColumnName() throws Exception {
        Dataset data = detectAndRead("utf8_bom.csv");
        assertEquals("city", data.column(0).name());
        assertEquals("São Paulo", data.value(1, 0));
    }

    @Test
    void decodesWindows1252() throws Exception {
        Dataset data = detectAndRead("windows1252.csv");
        assertEquals("Zürich", data.value(0, 0));
        assertEquals("naïve – “quoted”", data.value(1, 1));
    }

    @Test
    void namesColumnsOfAFileWithoutHeader() throws Exception {
        Dataset data = detectAndRead("no_header.csv");
        assertEquals(List.of("Column 1", "Column 2", "Column 3"), data.columnNames());
        assertEquals(3, data.rowCount());
        assertEquals("39", data.value(0, 0));
    }

    @Test
    void turnsMissingTokensIntoMissingValues() throws Exception {
        Dataset data = detectAndRead("missing_tokens.csv");
        assertNull(data.value(0, 1), "empty");
        assertNull(data.value(1, 1), "NA");
        assertNull(data.value(1, 2), "?");
        assertNull(data.value(2, 2), "NA");
        assertEquals(ColumnType.INTEGER, data.column("age").type(), "missing values do not spoil inference");
    }

    @Test
    void keepsTokensThatAreNotConfiguredAsMissing() throws Exception {
        CsvReadOptions options = CsvReadOptions.defaults().withMissingTokens(Set.of(""));
        Dataset data = read("missing_tokens.csv", options);
        assertEquals("NA", data.value(1, 1));
        assertEquals("?", data.value(1, 2));
        assertNull(data.value(0, 1));
    }

    @Test
    void trimsValuesOnlyWhenAsked() throws Exception {
        InputSource source = InputSource.ofBytes("spaces.csv", "a, b\n1, x \n".getBytes(StandardCharsets.UTF_8));
        assertEquals(" x ", read(source, CsvReadOptions.defaults()).value(0, 1));
        Dataset trimmed = read(source, CsvReadOptions.defaults().withTrimValues(true));
        assertEquals("x", trimmed.value(0, 1));
        assertEquals("b", trimmed.column(1).name());
    }

    @Test
    void skipsEmptyLinesBeforeTheHeader() throws Exception {
        Dataset data = detectAndRead("blank_leading_lines.csv");
        assertEquals(List.of("name", "age"), data.columnNames());
        assertEquals(2, data.rowCount());
    }

    @Test
    void readsOnlyTheFirstRowsForAPreview() throws Exception {
        InputSource source = org.veil.testing.Fixtures.source("csv/comma.csv");
        Dataset preview = CsvDatasetReader.read(source, CsvFormatDetector.detect(source), 2,
                (f, p) -> { }, CancellationToken.NONE);
        assertEquals(2, preview.rowCount());
    }

    @Test
    void reportsProgressAndHonoursCancellation() throws Exception {
        StringBuilder csv = new StringBuilder("id,value\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append(i).append(",v").append(i % 7).append('\n');
        }
        InputSource source = InputSource.ofBytes("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Double> fractions = new ArrayList<>();
        Dataset data = CsvDatasetReader.read(source, CsvReadOptions.defaults(), Integer.MAX_VALUE,
                (fraction, phase) -> fractions.add(fraction), CancellationToken.NONE);
        assertEquals(100_000, data.rowCount());
        assertTrue(fractions.size() >= 5, "progress reported " + fractions.size() + " times");
        assertEquals(1.0, fractions.get(fractions.size() - 1));

        CancellationToken cancel = new CancellationToken();
        assertThrows(CancelledException.class, () -> CsvDatasetReader.read(source, CsvReadOptions.defaults(),
                Integer.MAX_VALUE, (fraction, phase) -> cancel.cancel(), cancel));
    }

    // ---- bad input: every error names the file, the line and where possible the column ----

    @Test
    void rejectsARowWithTooFewFieldsNamingLineAndColumn() {
        DatasetReadException e = failure("ragged_short.csv");
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(4, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("ragged_short.csv, line 4, column 3:"), e.getMessage());
        assertTrue(e.getMessage().contains("no value for 'c'"), e.getMessage());
    }

    @Test
    void rejectsARowWithTooManyFields() {
        DatasetReadException e = failure("ragged_long.csv");
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("'oops'"), e.getMessage());
    }

    @Test
    void countsPhysicalLinesAcrossQuotedLineBreaksAndEmptyLines() {
        DatasetReadException e = failure("ragged_after_multiline.csv");
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(6, e.line());
    }

    @Test
    void rejectsAnUnterminatedQuoteNamingTheLineWhereItStarts() {
        DatasetReadException e = failure("unterminated_quote.csv");
        assertEquals(ImportProblem.UNTERMINATED_QUOTE, e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        DatasetReadException e = failure("misplaced_quote.csv");
        assertEquals(ImportProblem.MISPLACED_QUOTE, e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void rejectsAHeaderWithoutData() {
        assertEquals(ImportProblem.NO_DATA_ROWS, failure("header_only.csv").problem());
    }

    @Test
    void rejectsABlankHeaderNameNamingTheColumn() {
        DatasetReadException e = failure("blank_header.csv");
        assertEquals(ImportProblem.BLANK_HEADER, e.problem());
        assertEquals(1, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void rejectsDuplicateHeaderNamesNamingBothColumns() {
        DatasetReadException e = failure("duplicate_header.csv");
        assertEquals(ImportProblem.DUPLICATE_HEADER, e.problem());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("columns 2 and 4 are both named 'age'"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyFileWhenReadDirectly() {
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> read("empty.csv", CsvReadOptions.defaults()));
        assertEquals(ImportProblem.EMPTY_FILE, e.problem());
    }

    @Test
    void rejectsBytesThatAreNotValidInTheChosenCharsetNamingLineAndColumn() {
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> read("windows1252.csv", CsvReadOptions.defaults().withDelimiter(';')));
        assertEquals(ImportProblem.UNDECODABLE_BYTES, e.problem());
        assertEquals(2, e.line());
        assertEquals(2, e.column(), "the ü of Zürich");
        assertTrue(e.getMessage().contains("0xFC"), e.getMessage());
        assertTrue(e.getMessage().contains("windows-1252"), "suggests an encoding: " + e.getMessage());
    }

    @Test
    void findsAnUndecodableByteFarBeyondTheDetectionSample() {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; i < 120_000; i++) {
            text.append(i).append(",name").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "120000,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + tail.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(tail, 0, all, good.length, tail.length);
        InputSource source = InputSource.ofBytes("late.csv", all);
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> read(source, CsvReadOptions.defaults()));
        assertEquals(ImportProblem.UNDECODABLE_BYTES, e.problem());
        assertEquals(120_002, e.line());
        assertEquals(9, e.column());
    }

    private static DatasetReadException failure(String fixture) {
        return assertThrows(DatasetReadException.class, () -> detectAndRead(fixture));
    }
}
