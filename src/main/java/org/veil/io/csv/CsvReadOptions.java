package org.veil.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.veil.io.ReadOptions;

/**
 * How to read a delimited text file. {@link CsvFormatDetector} proposes these from the file; the
 * user may change any of them.
 *
 * @param charset       the text encoding; a byte-order mark matching it is skipped
 * @param delimiter     the field separator, usually {@code ,} {@code ;} tab or {@code |}
 * @param quote         the quote character, or {@code null} if fields are never quoted
 * @param hasHeader     whether the first record holds the column names
 * @param trimValues    whether spaces around values are removed
 * @param missingTokens cell texts that mean "no value", compared after trimming if trimming is on
 */
public record CsvReadOptions(Charset charset, char delimiter, Character quote, boolean hasHeader,
        boolean trimValues, Set<String> missingTokens) implements ReadOptions {

    public CsvReadOptions {
        if (delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("a line break cannot be the delimiter");
        }
        if (quote != null && quote == delimiter) {
            throw new IllegalArgumentException("the quote character cannot be the delimiter");
        }
        missingTokens = Set.copyOf(missingTokens);
    }

    /** UTF-8, comma, double quote, header, no trimming, empty, {@code NA} and {@code ?} missing. */
    public static CsvReadOptions defaults() {
        return new CsvReadOptions(StandardCharsets.UTF_8, ',', '"', true, false, Set.of("", "NA", "?"));
    }

    public CsvReadOptions withCharset(Charset newCharset) {
        return new CsvReadOptions(newCharset, delimiter, quote, hasHeader, trimValues, missingTokens);
    }

    public CsvReadOptions withDelimiter(char newDelimiter) {
        return new CsvReadOptions(charset, newDelimiter, quote, hasHeader, trimValues, missingTokens);
    }

    public CsvReadOptions withQuote(Character newQuote) {
        return new CsvReadOptions(charset, delimiter, newQuote, hasHeader, trimValues, missingTokens);
    }

    public CsvReadOptions withHeader(boolean header) {
        return new CsvReadOptions(charset, delimiter, quote, header, trimValues, missingTokens);
    }

    public CsvReadOptions withTrimValues(boolean trim) {
        return new CsvReadOptions(charset, delimiter, quote, hasHeader, trim, missingTokens);
    }

    public CsvReadOptions withMissingTokens(Set<String> tokens) {
        return new CsvReadOptions(charset, delimiter, quote, hasHeader, trimValues, tokens);
    }
}
