package org.veil.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

/**
 * The two spreadsheet containers, told apart by their first bytes rather than the file name: a
 * renamed file, or a download without an extension, is still read by what it is.
 */
enum SpreadsheetFormat {
    /** Office Open XML, a ZIP archive. */
    XLSX(new byte[] {'P', 'K', 3, 4}),
    /** Excel 97–2003, an OLE2 compound document. */
    XLS(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

    private final byte[] magic;

    SpreadsheetFormat(byte[] magic) {
        this.magic = magic;
    }

    static SpreadsheetFormat detect(InputSource source) throws DatasetReadException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, source.name(), 0, 0,
                    "could not be opened: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new DatasetReadException(ImportProblem.EMPTY_FILE, source.name(), "the file is empty");
        }
        for (SpreadsheetFormat format : values()) {
            if (head.length >= format.magic.length
                    && Arrays.equals(head, 0, format.magic.length, format.magic, 0, format.magic.length)) {
                return format;
            }
        }
        throw new DatasetReadException(ImportProblem.UNSUPPORTED_FORMAT, source.name(),
                "is neither an .xlsx nor an .xls workbook; text files such as CSV need the text import");
    }
}
