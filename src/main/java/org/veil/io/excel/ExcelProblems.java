package org.veil.io.excel;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.veil.engine.progress.CancelledException;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;

/**
 * The messages for problems with a workbook as a whole, and the translation of POI's many exception
 * types into a {@link DatasetReadException} the user can act on.
 */
final class ExcelProblems {

    /** Texts of POI's guards against files built to exhaust memory (ZIP bombs, oversized records, XML entity bombs). */
    private static final List<String> GUARD_MESSAGES = List.of(
            "zip bomb", "potentially malicious", "maximum length for this record type", "entity expansion",
            "doctype is disallowed");

    private ExcelProblems() {
    }

    static DatasetReadException noSuchSheet(String source, String wanted, List<String> names) {
        if (names.isEmpty()) {
            return new DatasetReadException(ImportProblem.NO_SUCH_SHEET, source, "the workbook has no sheets");
        }
        return new DatasetReadException(ImportProblem.NO_SUCH_SHEET, source,
                "has no sheet named '" + wanted + "'; its sheets are " + quoted(names));
    }

    /** @param cause the failure that revealed the encryption, or {@code null} */
    static DatasetReadException encrypted(String source, Throwable cause) {
        return new DatasetReadException(ImportProblem.UNSUPPORTED_FORMAT, source, 0, 0,
                "is password-protected; remove the password in Excel (File > Info > Protect Workbook) "
                        + "and save it again",
                cause);
    }

    /**
     * The problem behind a failure of POI or the XML parser.
     *
     * @throws CancelledException unchanged, if the failure is (or wraps) a cancellation
     */
    static DatasetReadException unreadable(String source, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CancelledException cancelled) {
                throw cancelled;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isGuard(t)) {
                return new DatasetReadException(ImportProblem.UNSAFE_FILE, source, 0, 0,
                        "was refused as unsafe: it is built the way files meant to exhaust memory are (a 'zip bomb', "
                                + "an oversized record or XML entities). If you trust it, open it in Excel and "
                                + "save it again",
                        failure);
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted(source, failure);
            }
            if (t instanceof OldFileFormatException) {
                return new DatasetReadException(ImportProblem.UNSUPPORTED_FORMAT, source, 0, 0,
                        "is in the Excel 5.0/95 format or older; open it in Excel and save it as .xlsx", failure);
            }
            boolean notAWorkbook = t instanceof NotOfficeXmlFileException || t instanceof InvalidFormatException
                    || t instanceof UnsupportedFileFormatException;
            if (notAWorkbook && !(rootCause(t) instanceof IOException)) {
                // POI also says "invalid format" for a truncated ZIP; an I/O failure beneath means a damaged file
                return new DatasetReadException(ImportProblem.UNSUPPORTED_FORMAT, source, 0, 0,
                        "is not an Excel workbook that can be read (" + firstLine(t) + ")", failure);
            }
        }
        return new DatasetReadException(ImportProblem.IO_ERROR, source, 0, 0,
                "could not be read; the file may be damaged or incomplete (" + firstLine(rootCause(failure)) + ")",
                failure);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean isGuard(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return GUARD_MESSAGES.stream().anyMatch(lower::contains);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }
}
