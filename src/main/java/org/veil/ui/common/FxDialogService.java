package org.veil.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and native file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        show(Alert.AlertType.WARNING, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A label that wraps, so long messages (file, line, column, hint) are shown whole.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.getStyleClass().add("dialog-message");
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean confirm) {
        return onUiThread(() -> passwordDialog(title, message, confirm));
    }

    @Override
    public Optional<SaveOptions> askSaveOptions(String title, boolean embedData, boolean dataHasFile) {
        return onUiThread(() -> new SaveOptionsDialog(owner, title, embedData, dataHasFile).showAndWait());
    }

    /** Shows a dialog; asked from a worker (a project being opened), on the UI thread, waiting for it. */
    private static <T> Optional<T> onUiThread(Supplier<Optional<T>> dialog) {
        if (Platform.isFxApplicationThread()) {
            return dialog.get();
        }
        FutureTask<Optional<T>> asked = new FutureTask<>(dialog::get);
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dialog failed", e.getCause());
        }
    }

    private Optional<char[]> passwordDialog(String title, String message, boolean confirm) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText("Password");
        PasswordField repeated = new PasswordField();
        repeated.setId("password-repeated");
        repeated.setPromptText("Repeat the password");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.getStyleClass().add("dialog-message");
        Label problem = new Label();
        problem.setId("password-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setStyle("-fx-text-fill: #c0392b;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(text, 0, 0, 2, 1);
        grid.add(new Label("Password:"), 0, 1);
        grid.add(password, 1, 1);
        if (confirm) {
            grid.add(new Label("Repeat:"), 0, 2);
            grid.add(repeated, 1, 2);
        }
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        // A mismatched repetition keeps the dialog open and says why.
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (confirm && !password.getText().equals(repeated.getText())) {
                problem.setText("The two passwords differ. Type the same password twice.");
                repeated.clear();
                repeated.requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        // Strings cannot be wiped; at least the fields let go of them.
        password.clear();
        repeated.clear();
        return result;
    }

    @Override
    public Optional<Path> showOpenDialog(String title, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> showSaveDialog(String title, String suggestedName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
