package org.veil.ui.export;

import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.FileFormat;

/** What the user chose in the export dialog: the format and, for CSV, how to write it. */
public record ExportSettings(FileFormat format, CsvWriteOptions csvOptions) {

    public ExportSettings {
        if (format == FileFormat.XLS) {
            throw new IllegalArgumentException("Veil writes .xlsx, not the old .xls format");
        }
    }

    /** The file name extension of the chosen format. */
    public String extension() {
        return format == FileFormat.XLSX ? "xlsx" : "csv";
    }
}
