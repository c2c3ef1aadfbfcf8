package org.veil.ui.export;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.ui.importer.DelimiterChoice;

/**
 * State of the export dialog, starting from the safe defaults of {@link ExportService#defaultCsvOptions()}:
 * UTF-8, comma, LF, formulas neutralised.
 */
public final class ExportDialogViewModel {

    /** Line endings offered. */
    public enum LineEnding {
        LF("\n", "LF (Linux, macOS)"),
        CRLF("\r\n", "CRLF (Windows)");

        private final String separator;
        private final String label;

        LineEnding(String separator, String label) {
            this.separator = separator;
            this.label = label;
        }

        static LineEnding of(String separator) {
            for (LineEnding ending : values()) {
                if (ending.separator.equals(separator)) {
                    return ending;
                }
            }
            throw new IllegalArgumentException("no line ending for " + separator.replace("\r", "\\r")
                    .replace("\n", "\\n"));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The options the dialog starts with: the ones {@code veil run} writes as well. */
    private static final CsvWriteOptions DEFAULTS = ExportService.defaultCsvOptions();

    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(FileFormat.CSV);
    private final ObjectProperty<DelimiterChoice> delimiter =
            new SimpleObjectProperty<>(DelimiterChoice.of(DEFAULTS.delimiter()));
    private final StringProperty charset = new SimpleStringProperty(DEFAULTS.charset().name());
    private final BooleanProperty quoteAll = new SimpleBooleanProperty(DEFAULTS.quoteAll());
    private final ObjectProperty<LineEnding> lineEnding =
            new SimpleObjectProperty<>(LineEnding.of(DEFAULTS.lineSeparator()));
    private final BooleanProperty neutraliseFormulas = new SimpleBooleanProperty(DEFAULTS.neutraliseFormulas());
    private final StringProperty missingText = new SimpleStringProperty(DEFAULTS.missingText());
    private final StringBinding charsetError;
    private final BooleanBinding valid;

    public ExportDialogViewModel() {
        charsetError = Bindings.createStringBinding(() -> format.get() == FileFormat.CSV ? checkCharset() : "",
                charset, format);
        valid = charsetError.isEmpty();
    }

    private String checkCharset() {
        try {
            charset(charset.get());
            return "";
        } catch (IllegalArgumentException e) {
            return "Unknown encoding '" + charset.get() + "'";
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name == null ? "" : name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The settings; only call while {@link #validProperty()} holds. */
    public ExportSettings settings() {
        if (format.get() != FileFormat.CSV) {
            return new ExportSettings(format.get(), DEFAULTS);
        }
        CsvWriteOptions options = new CsvWriteOptions(charset(charset.get()), delimiter.get().character(),
                quoteAll.get(), lineEnding.get().separator, neutraliseFormulas.get(), missingText.get());
        return new ExportSettings(format.get(), options);
    }

    public ObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<DelimiterChoice> delimiterProperty() {
        return delimiter;
    }

    public StringProperty charsetProperty() {
        return charset;
    }

    public BooleanProperty quoteAllProperty() {
        return quoteAll;
    }

    public ObjectProperty<LineEnding> lineEndingProperty() {
        return lineEnding;
    }

    public BooleanProperty neutraliseFormulasProperty() {
        return neutraliseFormulas;
    }

    public StringProperty missingTextProperty() {
        return missingText;
    }

    /** Why the settings cannot be used, or empty. */
    public StringBinding charsetErrorProperty() {
        return charsetError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
