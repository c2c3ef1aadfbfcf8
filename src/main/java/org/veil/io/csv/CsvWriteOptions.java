package org.veil.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How to write a delimited text file.
 *
 * @param charset             the text encoding
 * @param delimiter           the field separator
 * @param quoteAll            quote every field (otherwise only fields that need it)
 * @param lineSeparator       {@code "\n"} or {@code "\r\n"}
 * @param neutraliseFormulas  prefix text cells starting with {@code = + - @} (tab, carriage return)
 *                            with an apostrophe, so spreadsheet programs do not run them as formulas
 * @param missingText         what a missing value is written as, usually empty
 */
public record CsvWriteOptions(Charset charset, char delimiter, boolean quoteAll, String lineSeparator,
        boolean neutraliseFormulas, String missingText) {

    public CsvWriteOptions {
        if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
            throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("invalid delimiter: " + delimiter);
        }
    }

    /** UTF-8, comma, minimal quoting, LF, formulas neutralised, missing values empty. */
    public static CsvWriteOptions defaults() {
        return new CsvWriteOptions(StandardCharsets.UTF_8, ',', false, "\n", true, "");
    }

    public CsvWriteOptions withCharset(Charset newCharset) {
        return new CsvWriteOptions(newCharset, delimiter, quoteAll, lineSeparator, neutraliseFormulas, missingText);
    }

    public CsvWriteOptions withDelimiter(char newDelimiter) {
        return new CsvWriteOptions(charset, newDelimiter, quoteAll, lineSeparator, neutraliseFormulas, missingText);
    }

    public CsvWriteOptions withQuoteAll(boolean all) {
        return new CsvWriteOptions(charset, delimiter, all, lineSeparator, neutraliseFormulas, missingText);
    }

    public CsvWriteOptions withLineSeparator(String separator) {
        return new CsvWriteOptions(charset, delimiter, quoteAll, separator, neutraliseFormulas, missingText);
    }

    public CsvWriteOptions withNeutraliseFormulas(boolean neutralise) {
        return new CsvWriteOptions(charset, delimiter, quoteAll, lineSeparator, neutralise, missingText);
    }

    public CsvWriteOptions withMissingText(String text) {
        return new CsvWriteOptions(charset, delimiter, quoteAll, lineSeparator, neutraliseFormulas, text);
    }
}
