package org.veil.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.InvalidValue;
import org.veil.io.csv.CsvReadOptions;
import org.veil.service.ImportService;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.testing.Fixtures;

class ImportDialogViewModelTest {

    private static ImportDialogViewModel open(String fixture) throws Exception {
        return ImportDialogViewModel.open(Fixtures.source("csv/" + fixture), new ImportService(),
                new SameThreadTaskRunner());
    }

    @Test
    void startsWithTheDetectedSettingsAndAPreview() throws Exception {
        ImportDialogViewModel viewModel = open("semicolon_crlf.csv");
        assertEquals("UTF-8", viewModel.charsetProperty().get());
        assertEquals(DelimiterChoice.SEMICOLON, viewModel.delimiterProperty().get());
        assertEquals(QuoteChoice.DOUBLE, viewModel.quoteProperty().get());
        assertTrue(viewModel.headerProperty().get());
        assertEquals(List.of("sex", "age", "race"), viewModel.previewProperty().get().columnNames());
        assertTrue(viewModel.canImportProperty().get());
        assertFalse(viewModel.isSpreadsheet());
    }

    @Test
    void refreshesThePreviewWhenASettingChanges() throws Exception {
        ImportDialogViewModel viewModel = open("comma.csv");
        viewModel.headerProperty().set(false);
        assertEquals(4, viewModel.previewProperty().get().rowCount(), "the header row is now data");
        assertEquals("Column 1", viewModel.previewProperty().get().column(0).name());

        viewModel.delimiterProperty().set(DelimiterChoice.SEMICOLON);
        assertEquals(1, viewModel.previewProperty().get().columnCount());
    }

    @Test
    void showsTheErrorInsteadOfAPreviewAndDisablesImport() throws Exception {
        ImportDialogViewModel viewModel = open("comma.csv");
        viewModel.charsetProperty().set("klingon-8");
        assertNull(viewModel.previewProperty().get());
        assertTrue(viewModel.errorProperty().get().contains("unknown text encoding 'klingon-8'"),
                viewModel.errorProperty().get());
        assertFalse(viewModel.canImportProperty().get());

        viewModel.charsetProperty().set("UTF-8");
        assertEquals("", viewModel.errorProperty().get());
        assertTrue(viewModel.canImportProperty().get());
    }

    @Test
    void reportsARaggedRowOfThePreviewWithItsLine() throws Exception {
        ImportDialogViewModel viewModel = open("ragged_short.csv");
        assertTrue(viewModel.errorProperty().get().contains("line 4"), viewModel.errorProperty().get());
        assertFalse(viewModel.canImportProperty().get());
    }

    @Test
    void buildsTheMissingTokensFromTheCheckboxAndTheTextField() throws Exception {
        ImportDialogViewModel viewModel = open("missing_tokens.csv");
        viewModel.emptyIsMissingProperty().set(false);
        viewModel.otherMissingTokensProperty().set(" NA ,, unknown");
        assertEquals(Set.of("NA", "unknown"), viewModel.options().missingTokens());
        assertEquals("", viewModel.previewProperty().get().value(0, 1), "empty is now a value");
    }

    @Test
    void keepsOnlyTypeChoicesThatDifferFromTheInferredType() throws Exception {
        ImportDialogViewModel viewModel = open("comma.csv");
        assertEquals(ColumnType.INTEGER, viewModel.typeOf("age"));
        viewModel.chooseType("age", ColumnType.DECIMAL);
        assertEquals(ColumnType.DECIMAL, viewModel.typeOf("age"));
        viewModel.chooseType("age", ColumnType.INTEGER);
        assertTrue(viewModel.typeOverrides().isEmpty());
    }

    @Test
    void listsPreviewValuesInvalidUnderTheChosenType() throws Exception {
        ImportDialogViewModel viewModel = open("comma.csv");
        viewModel.chooseType("name", ColumnType.INTEGER);
        List<InvalidValue> invalid = viewModel.invalidPreviewValues("name");
        assertEquals(3, invalid.size());
        assertEquals(List.of(), viewModel.invalidPreviewValues("age"));
    }

    @Test
    void makesTheImportRequestFromTheSettings() throws Exception {
        ImportDialogViewModel viewModel = open("comma.csv");
        viewModel.trimValuesProperty().set(true);
        viewModel.chooseType("zip", ColumnType.INTEGER);
        var request = viewModel.toRequest();
        CsvReadOptions options = (CsvReadOptions) request.options();
        assertTrue(options.trimValues());
        assertEquals(',', options.delimiter());
        assertEquals(ColumnType.INTEGER, request.typeOverrides().get("zip"));
    }

    @Test
    void dropsAPreviewThatArrivesAfterANewerOne() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ImportDialogViewModel viewModel = ImportDialogViewModel.open(Fixtures.source("csv/comma.csv"),
                new ImportService(), tasks);
        assertTrue(viewModel.loadingProperty().get());
        viewModel.headerProperty().set(false);
        assertEquals(2, tasks.pendingJobs());
        tasks.runAll();
        assertNotNull(viewModel.previewProperty().get());
        assertEquals("Column 1", viewModel.previewProperty().get().column(0).name(), "the newer settings win");
        assertFalse(viewModel.loadingProperty().get());
    }
}
