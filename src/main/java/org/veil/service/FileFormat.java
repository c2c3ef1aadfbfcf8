package org.veil.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.veil.io.InputSource;

/** The dataset file formats Veil reads and writes. */
public enum FileFormat {
    CSV("Delimited text", "csv", "tsv", "txt"),
    XLSX("Excel workbook", "xlsx"),
    XLS("Excel 97-2003 workbook", "xls");

    private final String description;
    private final String[] extensions;

    FileFormat(String description, String... extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** File name patterns for file choosers, e.g. {@code *.csv}. */
    public String[] patterns() {
        String[] patterns = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            patterns[i] = "*." + extensions[i];
        }
        return patterns;
    }

    /**
     * The format of a source, decided by its first bytes (a workbook renamed to .csv is still a
     * workbook); text without a known signature is delimited text.
     */
    public static FileFormat of(InputSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(8);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return XLS;
        }
        return CSV;
    }

    /** The format a file name's extension asks for; CSV for unknown extensions. */
    public static FileFormat ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith("." + extension)) {
                    return format;
                }
            }
        }
        return CSV;
    }
}
