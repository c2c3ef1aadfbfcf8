package org.veil.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veil.engine.data.ColumnType;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

/**
 * Proposes {@link CsvReadOptions} for a file from its first megabyte: charset, delimiter, quote
 * character and whether the first row is a header. Line endings (LF, CRLF, CR) need no detection;
 * the parser accepts each. The user sees the result in a live preview and can change any of it.
 */
public final class CsvFormatDetector {

    static final int SAMPLE_BYTES = 1 << 20;
    private static final int SAMPLE_LINES = 200;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvFormatDetector() {
    }

    public static CsvReadOptions detect(InputSource source) throws DatasetReadException {
        byte[] sample = readSample(source);
        boolean complete = sample.length < SAMPLE_BYTES;
        if (sample.length == ByteOrderMark.length(sample)) {
            throw new DatasetReadException(ImportProblem.EMPTY_FILE, source.name(), "the file is empty");
        }
        if (CharsetGuesser.looksBinary(sample)) {
            throw new DatasetReadException(ImportProblem.BINARY_CONTENT, source.name(),
                    "the file holds binary data (NUL bytes), not delimited text; is it a spreadsheet or an archive?");
        }
        Charset charset = CharsetGuesser.guess(sample, complete);
        String text = new String(sample, ByteOrderMark.length(sample), sample.length - ByteOrderMark.length(sample), charset);
        List<String> lines = firstLines(text, complete);
        if (lines.isEmpty()) {
            throw new DatasetReadException(ImportProblem.EMPTY_FILE, source.name(), "the file holds only empty lines");
        }
        char delimiter = chooseDelimiter(lines);
        Character quote = chooseQuote(lines, delimiter);
        CsvReadOptions options = CsvReadOptions.defaults()
                .withCharset(charset)
                .withDelimiter(delimiter)
                .withQuote(quote);
        return options.withHeader(firstRowIsHeader(String.join("\n", lines), options));
    }

    private static byte[] readSample(InputSource source) throws DatasetReadException {
        try (InputStream in = source.open()) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, source.name(), 0, 0,
                    "could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Non-empty records of the sample, split at line breaks outside double quotes (a quoted value
     * may span lines); the last one is dropped if the sample cut it off.
     */
    private static List<String> firstLines(String text, boolean complete) {
        List<String> lines = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length() && lines.size() < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                addUnlessBlank(lines, text.substring(start, i));
                start = i + 1;
            }
        }
        if (complete && lines.size() < SAMPLE_LINES) {
            addUnlessBlank(lines, text.substring(start));
        }
        return lines;
    }

    private static void addUnlessBlank(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    /**
     * The candidate that splits the most lines into the same number of fields; among equally
     * consistent ones, the one giving more fields. Occurrences inside double quotes do not count.
     */
    static char chooseDelimiter(List<String> lines) {
        char best = ',';
        double bestConsistency = 0;
        int bestFields = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = lines.stream().mapToInt(line -> countOutsideQuotes(line, candidate)).toArray();
            int mode = mode(counts);
            if (mode == 0) {
                continue;
            }
            long agreeing = Arrays.stream(counts).filter(c -> c == mode).count();
            double consistency = (double) agreeing / counts.length;
            if (consistency > bestConsistency + 1e-9 || (Math.abs(consistency - bestConsistency) <= 1e-9 && mode > bestFields)) {
                best = candidate;
                bestConsistency = consistency;
                bestFields = mode;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static int mode(int[] counts) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int mode = 0;
        int modeFrequency = 0;
        for (int c : counts) {
            int f = frequency.merge(c, 1, Integer::sum);
            if (f > modeFrequency || (f == modeFrequency && c > mode)) {
                mode = c;
                modeFrequency = f;
            }
        }
        return mode;
    }

    /** Double quote unless only single quotes open fields. */
    static Character chooseQuote(List<String> lines, char delimiter) {
        int doubleQuoted = 0;
        int singleQuoted = 0;
        for (String line : lines) {
            doubleQuoted += fieldsOpenedWith(line, delimiter, '"');
            singleQuoted += fieldsOpenedWith(line, delimiter, '\'');
        }
        return singleQuoted > 0 && doubleQuoted == 0 ? '\'' : '"';
    }

    /** Fields whose first non-space character is {@code quote}. */
    private static int fieldsOpenedWith(String line, char delimiter, char quote) {
        int count = 0;
        boolean atFieldStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (atFieldStart && c == quote) {
                count++;
            }
            if (c == delimiter) {
                atFieldStart = true;
            } else if (c != ' ') {
                atFieldStart = false;
            }
        }
        return count;
    }

    /**
     * A first row is taken as data only when it looks like the rows below it: some column holds
     * numbers both in the first row and below, and no column holds text in the first row above
     * numbers. Files whose columns are all text are assumed to have a header, as most do.
     */
    static boolean firstRowIsHeader(String sampleText, CsvReadOptions options) {
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CsvDatasetReader.format(options).parse(new StringReader(sampleText))) {
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > 50) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return true; // the sample does not parse cleanly; the reader will report where
        }
        if (records.size() < 2) {
            return true;
        }
        CSVRecord first = records.get(0);
        int numericLikeData = 0;
        int textAboveNumbers = 0;
        for (int column = 0; column < first.size(); column++) {
            if (!columnIsNumeric(records, column, options)) {
                continue;
            }
            if (isNumber(first.get(column))) {
                numericLikeData++;
            } else if (!first.get(column).isBlank()) {
                textAboveNumbers++;
            }
        }
        return textAboveNumbers > 0 || numericLikeData == 0;
    }

    private static boolean columnIsNumeric(List<CSVRecord> records, int column, CsvReadOptions options) {
        boolean any = false;
        for (int r = 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            if (column >= record.size() || options.missingTokens().contains(record.get(column))) {
                continue;
            }
            if (!isNumber(record.get(column))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isNumber(String value) {
        return ColumnType.DECIMAL.accepts(value.strip());
    }
}
