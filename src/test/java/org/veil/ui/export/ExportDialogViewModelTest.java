package org.veil.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.FileFormat;
import org.veil.ui.importer.DelimiterChoice;

class ExportDialogViewModelTest {

    @Test
    void defaultsToSafeUtf8CsvWithFormulasNeutralised() {
        ExportSettings settings = new ExportDialogViewModel().settings();
        assertEquals(FileFormat.CSV, settings.format());
        assertEquals(CsvWriteOptions.defaults(), settings.csvOptions());
        assertEquals("csv", settings.extension());
    }

    @Test
    void turnsTheChoicesIntoWriteOptions() {
        ExportDialogViewModel viewModel = new ExportDialogViewModel();
        viewModel.delimiterProperty().set(DelimiterChoice.TAB);
        viewModel.charsetProperty().set("ISO-8859-1");
        viewModel.lineEndingProperty().set(ExportDialogViewModel.LineEnding.CRLF);
        viewModel.quoteAllProperty().set(true);
        viewModel.neutraliseFormulasProperty().set(false);
        viewModel.missingTextProperty().set("NA");
        CsvWriteOptions options = viewModel.settings().csvOptions();
        assertEquals(new CsvWriteOptions(StandardCharsets.ISO_8859_1, '\t', true, "\r\n", false, "NA"), options);
    }

    @Test
    void rejectsAnUnknownEncodingOnlyForCsv() {
        ExportDialogViewModel viewModel = new ExportDialogViewModel();
        viewModel.charsetProperty().set("nonsense-42");
        assertFalse(viewModel.validProperty().get());
        assertTrue(viewModel.charsetErrorProperty().get().contains("nonsense-42"));
        viewModel.formatProperty().set(FileFormat.XLSX);
        assertTrue(viewModel.validProperty().get(), "a workbook has no encoding to choose");
    }
}
