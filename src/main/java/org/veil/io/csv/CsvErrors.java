package org.veil.io.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

/** Turns what the parser and the decoder throw into errors that say where and what to do. */
final class CsvErrors {

    // Commons CSV 1.14 messages; the numbers are the only way to the line of a quoting error.
    private static final Pattern UNTERMINATED = Pattern.compile("\\(startline ([0-9,]+)\\) EOF reached before encapsulated token");
    private static final Pattern MISPLACED = Pattern.compile("Invalid character between encapsulated token and delimiter at line: ([0-9,]+)");

    private CsvErrors() {
    }

    static DatasetReadException translate(Throwable error, InputSource source, CsvReadOptions options) {
        try {
            if (error instanceof CharacterCodingException) {
                return undecodable(source, options);
            }
            if (error instanceof CSVException) {
                Matcher unterminated = UNTERMINATED.matcher(error.getMessage());
                if (unterminated.find()) {
                    return new DatasetReadException(ImportProblem.UNTERMINATED_QUOTE, source.name(),
                            number(unterminated), 0, "a quoted value starts here and is never closed with "
                                    + options.quote() + "; the rest of the file would become one value", error);
                }
                Matcher misplaced = MISPLACED.matcher(error.getMessage());
                if (misplaced.find()) {
                    return new DatasetReadException(ImportProblem.MISPLACED_QUOTE, source.name(),
                            number(misplaced), 0, "text follows a closing quote before the next delimiter;"
                                    + " a quote inside a quoted value must be doubled (\"\")", error);
                }
            }
        } catch (IOException e) {
            error.addSuppressed(e);
        }
        return new DatasetReadException(ImportProblem.IO_ERROR, source.name(), 0, 0,
                "could not be read: " + error.getMessage(), error);
    }

    private static DatasetReadException undecodable(InputSource source, CsvReadOptions options) throws IOException {
        TextLocator.DecodingError at = TextLocator.firstDecodingError(source, options.charset());
        String hint = options.charset().name().startsWith("UTF")
                ? "; the file may be in windows-1252 or ISO-8859-1: choose that encoding"
                : "; choose the file's real encoding (often UTF-8)";
        String detail = String.format("byte 0x%02X cannot be decoded as %s%s", at == null ? 0 : at.badByte(),
                options.charset().name(), hint);
        return at == null
                ? new DatasetReadException(ImportProblem.UNDECODABLE_BYTES, source.name(), detail)
                : new DatasetReadException(ImportProblem.UNDECODABLE_BYTES, source.name(), at.position().line(),
                        at.position().column(), detail);
    }

    private static long number(Matcher matcher) {
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }
}
