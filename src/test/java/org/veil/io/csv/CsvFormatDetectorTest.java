package org.veil.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.testing.Fixtures;

class CsvFormatDetectorTest {

    private static CsvReadOptions detect(String fixture) throws DatasetReadException {
        return CsvFormatDetector.detect(Fixtures.source("csv/" + fixture));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "comma.csv|,",
        "semicolon_crlf.csv|;",
        "pipe.txt|'|'",
        "windows1252.csv|;",
        "quoted_multiline.csv|,",
        "single_quote.csv|;"})
    void detectsTheDelimiter(String fixture, char expected) throws Exception {
        assertEquals(expected, detect(fixture).delimiter());
    }

    @Test
    void detectsTabAsDelimiter() throws Exception {
        assertEquals('\t', detect("tab.tsv").delimiter());
    }

    @Test
    void ignoresDelimitersInsideQuotesWhenCounting() throws Exception {
        // "Asian; Pacific" holds a semicolon, and "line two, with comma" a comma
        assertEquals(';', detect("semicolon_crlf.csv").delimiter());
        assertEquals(',', detect("quoted_multiline.csv").delimiter());
    }

    @Test
    void detectsUtf8WithAndWithoutByteOrderMark() throws Exception {
        assertEquals(StandardCharsets.UTF_8, detect("comma.csv").charset());
        assertEquals(StandardCharsets.UTF_8, detect("utf8_bom.csv").charset());
    }

    @Test
    void takesBytesThatAreNotUtf8AsWindows1252() throws Exception {
        assertEquals("windows-1252", detect("windows1252.csv").charset().name());
    }

    @Test
    void detectsUtf16FromItsByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFa;b\n1;2\n".getBytes(StandardCharsets.UTF_16LE);
        CsvReadOptions options = CsvFormatDetector.detect(InputSource.ofBytes("utf16.csv", bytes));
        assertEquals(StandardCharsets.UTF_16LE, options.charset());
        assertEquals(';', options.delimiter());
    }

    @Test
    void detectsSingleQuotesWhenOnlyTheyEncloseFields() throws Exception {
        assertEquals('\'', detect("single_quote.csv").quote());
        assertEquals('"', detect("quoted_multiline.csv").quote());
    }

    @Test
    void detectsAHeaderAboveNumericColumns() throws Exception {
        assertTrue(detect("comma.csv").hasHeader());
        assertTrue(detect("tab.tsv").hasHeader());
    }

    @Test
    void detectsAFileWithoutHeader() throws Exception {
        assertFalse(detect("no_header.csv").hasHeader());
    }

    @Test
    void assumesAHeaderWhenAllColumnsAreText() throws Exception {
        assertTrue(detect("utf8_bom.csv").hasHeader());
    }

    @Test
    void rejectsAnEmptyFile() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> detect("empty.csv"));
        assertEquals(ImportProblem.EMPTY_FILE, e.problem());
        assertTrue(e.getMessage().startsWith("empty.csv"), e.getMessage());
    }

    @Test
    void rejectsAFileHoldingOnlyAByteOrderMarkOrEmptyLines() {
        assertEquals(ImportProblem.EMPTY_FILE,
                assertThrows(DatasetReadException.class, () -> detect("bom_only.csv")).problem());
        assertEquals(ImportProblem.EMPTY_FILE,
                assertThrows(DatasetReadException.class, () -> detect("blank_lines.csv")).problem());
    }

    @Test
    void rejectsBinaryContent() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> detect("binary.csv"));
        assertEquals(ImportProblem.BINARY_CONTENT, e.problem());
    }

    @Test
    void recognisesOnlyStrictUtf8() {
        assertTrue(CharsetGuesser.isUtf8("plain ascii".getBytes(StandardCharsets.US_ASCII), true));
        assertTrue(CharsetGuesser.isUtf8("Zürich 東京 🙂".getBytes(StandardCharsets.UTF_8), true));
        assertFalse(CharsetGuesser.isUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, true), "overlong NUL");
        assertFalse(CharsetGuesser.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, true), "surrogate");
        assertFalse(CharsetGuesser.isUtf8(new byte[] {'a', (byte) 0xFC, 'b'}, true), "latin-1 ü");
    }

    @Test
    void forgivesAMultiByteCharacterCutAtTheEndOfAnIncompleteSample() {
        byte[] cut = {'a', (byte) 0xE6, (byte) 0x9D};
        assertTrue(CharsetGuesser.isUtf8(cut, false));
        assertFalse(CharsetGuesser.isUtf8(cut, true));
    }
}
