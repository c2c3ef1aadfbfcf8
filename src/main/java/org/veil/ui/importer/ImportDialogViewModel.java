package org.veil.ui.importer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.engine.data.TypeCheck;
import org.veil.io.DatasetReadException;
import org.veil.io.Encodings;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.excel.ExcelReadOptions;
import org.veil.service.FileFormat;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;

/**
 * State of the import dialog: the read settings (detected first, then the user's), a live preview
 * of the first rows under them, and the column types the user chose. Every settings change
 * refreshes the preview in the background; a result that arrives after a newer request is dropped.
 */
public final class ImportDialogViewModel {

    private final InputSource source;
    private final ImportService service;
    private final TaskRunner tasks;
    private final FileFormat format;

    private final StringProperty charset = new SimpleStringProperty();
    private final ObjectProperty<DelimiterChoice> delimiter = new SimpleObjectProperty<>(DelimiterChoice.COMMA);
    private final ObjectProperty<QuoteChoice> quote = new SimpleObjectProperty<>(QuoteChoice.DOUBLE);
    private final BooleanProperty trimValues = new SimpleBooleanProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final IntegerProperty firstRow = new SimpleIntegerProperty(1);
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final BooleanProperty emptyIsMissing = new SimpleBooleanProperty(true);
    private final StringProperty otherMissingTokens = new SimpleStringProperty("");
    private final ObservableMap<String, ColumnType> typeOverrides = FXCollections.observableHashMap();

    private final ReadOnlyObjectWrapper<Dataset> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;

    private int generation;
    private TaskHandle running;

    private ImportDialogViewModel(InputSource source, ImportService service, TaskRunner tasks, FileFormat format) {
        this.source = source;
        this.service = service;
        this.tasks = tasks;
        this.format = format;
        this.canImport = Bindings.createBooleanBinding(() -> preview.get() != null && error.get().isEmpty()
                && !loading.get(), preview, error, loading);
    }

    /**
     * Detects how to read the source and starts the first preview.
     *
     * @throws DatasetReadException if the source cannot be read at all (empty, binary, unreadable)
     */
    public static ImportDialogViewModel open(InputSource source, ImportService service, TaskRunner tasks)
            throws DatasetReadException {
        ImportDialogViewModel viewModel = new ImportDialogViewModel(source, service, tasks, service.format(source));
        viewModel.apply(service.detect(source));
        if (viewModel.isSpreadsheet()) {
            viewModel.sheets.setAll(service.sheetNames(source));
            viewModel.sheet.set(viewModel.sheets.isEmpty() ? null : viewModel.sheets.get(0));
        }
        Observable[] settings = {viewModel.charset, viewModel.delimiter, viewModel.quote, viewModel.trimValues,
            viewModel.sheet, viewModel.firstRow, viewModel.header, viewModel.emptyIsMissing,
            viewModel.otherMissingTokens};
        for (Observable setting : settings) {
            setting.addListener(o -> viewModel.refreshPreview());
        }
        viewModel.refreshPreview();
        return viewModel;
    }

    private void apply(ReadOptions options) {
        header.set(options.hasHeader());
        emptyIsMissing.set(options.missingTokens().contains(""));
        otherMissingTokens.set(options.missingTokens().stream().filter(t -> !t.isEmpty()).sorted()
                .collect(Collectors.joining(", ")));
        if (options instanceof CsvReadOptions csv) {
            charset.set(csv.charset().name());
            delimiter.set(DelimiterChoice.of(csv.delimiter()));
            quote.set(QuoteChoice.of(csv.quote()));
            trimValues.set(csv.trimValues());
        } else if (options instanceof ExcelReadOptions excel) {
            firstRow.set(excel.firstRow() + 1);
        }
    }

    /** The read options the settings describe. */
    public ReadOptions options() throws DatasetReadException {
        if (isSpreadsheet()) {
            return new ExcelReadOptions(sheet.get(), Math.max(0, firstRow.get() - 1), header.get(), missingTokens());
        }
        return new CsvReadOptions(Encodings.byName(charset.get() == null ? "" : charset.get(), source.name()),
                delimiter.get().character(), quote.get().character(), header.get(), trimValues.get(),
                missingTokens());
    }

    private Set<String> missingTokens() {
        Set<String> tokens = new LinkedHashSet<>();
        if (emptyIsMissing.get()) {
            tokens.add("");
        }
        Arrays.stream(otherMissingTokens.get().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .forEach(tokens::add);
        return tokens;
    }

    /** Reads the first rows again under the current settings, off the UI thread. */
    public void refreshPreview() {
        int request = ++generation;
        if (running != null) {
            running.cancel();
        }
        ReadOptions options;
        try {
            options = options();
        } catch (DatasetReadException e) {
            preview.set(null);
            error.set(e.getMessage());
            return;
        }
        loading.set(true);
        running = tasks.run((progress, cancel) -> service.preview(source, options), new TaskListener<>() {
            @Override
            public void succeeded(Dataset result) {
                if (request == generation) {
                    loading.set(false);
                    error.set("");
                    preview.set(result);
                }
            }

            @Override
            public void failed(Throwable failure) {
                if (request == generation) {
                    loading.set(false);
                    preview.set(null);
                    error.set(failure.getMessage());
                }
            }

            @Override
            public void cancelled() {
                if (request == generation) {
                    loading.set(false);
                }
            }
        });
    }

    /** The type a column will get: the user's choice, else the one inferred from the preview. */
    public ColumnType typeOf(String column) {
        ColumnType chosen = typeOverrides.get(column);
        if (chosen != null) {
            return chosen;
        }
        Dataset rows = preview.get();
        return rows != null && rows.hasColumn(column) ? rows.column(column).type() : ColumnType.STRING;
    }

    /** Chooses a column's type; choosing the inferred type again removes the override. */
    public void chooseType(String column, ColumnType type) {
        Dataset rows = preview.get();
        if (rows != null && rows.hasColumn(column) && rows.column(column).type().equals(type)) {
            typeOverrides.remove(column);
        } else {
            typeOverrides.put(column, type);
        }
    }

    /** Values among the preview rows that do not parse under the column's chosen type. */
    public List<InvalidValue> invalidPreviewValues(String column) {
        Dataset rows = preview.get();
        if (rows == null || !rows.hasColumn(column)) {
            return List.of();
        }
        Column previewColumn = rows.column(column);
        return TypeCheck.invalidValues(previewColumn, typeOf(column));
    }

    /** What to import, once the user confirms. */
    public ImportRequest toRequest() throws DatasetReadException {
        return new ImportRequest(source, options(), typeOverrides);
    }

    public boolean isSpreadsheet() {
        return format != FileFormat.CSV;
    }

    public FileFormat format() {
        return format;
    }

    public InputSource source() {
        return source;
    }

    public StringProperty charsetProperty() {
        return charset;
    }

    public ObjectProperty<DelimiterChoice> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<QuoteChoice> quoteProperty() {
        return quote;
    }

    public BooleanProperty trimValuesProperty() {
        return trimValues;
    }

    public ObservableList<String> sheets() {
        return FXCollections.unmodifiableObservableList(sheets);
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The 1-based row where reading starts (the header row, if there is one). */
    public IntegerProperty firstRowProperty() {
        return firstRow;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public BooleanProperty emptyIsMissingProperty() {
        return emptyIsMissing;
    }

    /** Comma-separated texts that also mean "no value", e.g. {@code NA, ?}. */
    public StringProperty otherMissingTokensProperty() {
        return otherMissingTokens;
    }

    public ObservableMap<String, ColumnType> typeOverrides() {
        return typeOverrides;
    }

    public ReadOnlyObjectProperty<Dataset> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the preview failed (names line and column), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
