package org.veil.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.veil.ui.common.DialogService.SaveOptions;

/**
 * Save As's question, in one dialog: a new password, typed twice (both may stay empty: no
 * protection), and whether to include the data in the project file. OK is disabled while the two
 * passwords differ, and a line under them says so.
 */
final class SaveOptionsDialog {

    static final String PASSWORD_TEXT = "Type a password to encrypt the project, or leave both fields empty to save"
            + " it unprotected. A protected project cannot be opened without its password: nobody can recover it.";
    static final String EMBED_LABEL = "Include the data in the project file";
    static final String EMBED_TEXT = "The raw data then travels with the project: whoever has the file has the data."
            + " Protect the file with a password if the data is personal.";
    static final String NO_FILE_TEXT = "The data has no file of its own (it was not read from a file), so it is"
            + " always included in the project file.";
    static final String DIFFERENT = "The two passwords differ.";
    static final String REPEAT = "Repeat the password to confirm it.";
    static final String PROTECTED = "The project will be encrypted with this password.";
    static final String UNPROTECTED = "No password: the project will be saved unprotected.";

    private static final double TEXT_WIDTH = 440;

    private final Dialog<SaveOptions> dialog = new Dialog<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    SaveOptionsDialog(Window owner, String title, boolean embedData, boolean dataHasFile) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("save-options-dialog");
        ButtonType ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        password.setId("save-password");
        password.setPromptText("Empty: no password");
        repeated.setId("save-password-repeated");
        repeated.setPromptText("Repeat the password");
        Label passwordLabel = new Label("_Password:");
        passwordLabel.setMnemonicParsing(true);
        passwordLabel.setLabelFor(password);
        Label repeatedLabel = new Label("_Repeat:");
        repeatedLabel.setMnemonicParsing(true);
        repeatedLabel.setLabelFor(repeated);

        BooleanBinding differ = Bindings.notEqual(password.textProperty(), repeated.textProperty());
        // One line whatever it says, so the dialog keeps its size as the user types.
        Label status = new Label();
        status.setId("save-password-status");
        status.getStyleClass().add("dialog-message");
        status.textProperty().bind(Bindings.createStringBinding(() -> differ.get()
                ? (repeated.getText().isEmpty() ? REPEAT : DIFFERENT)
                : (password.getText().isEmpty() ? UNPROTECTED : PROTECTED),
                differ, password.textProperty(), repeated.textProperty()));
        status.styleProperty().bind(Bindings.when(differ).then("-fx-text-fill: #c0392b;")
                .otherwise("-fx-text-fill: -fx-mid-text-color;"));

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        fields.getColumnConstraints().addAll(labels, inputs);
        fields.add(passwordLabel, 0, 0);
        fields.add(password, 1, 0);
        fields.add(repeatedLabel, 0, 1);
        fields.add(repeated, 1, 1);
        fields.add(status, 1, 2);

        CheckBox embed = new CheckBox(EMBED_LABEL);
        embed.setId("save-embed-data");
        embed.setSelected(embedData || !dataHasFile);
        embed.setDisable(!dataHasFile);
        Label embedText = text(dataHasFile ? EMBED_TEXT : NO_FILE_TEXT + " " + EMBED_TEXT);
        embedText.setId("save-embed-note");
        embedText.setPadding(new Insets(0, 0, 0, 26)); // under the check box's text, not its box

        VBox content = new VBox(10, text(PASSWORD_TEXT), fields, new Separator(), embed, embedText);
        content.setPrefWidth(TEXT_WIDTH + 20);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(differ);
        dialog.setResultConverter(button -> button == ok
                ? new SaveOptions(password.getText().toCharArray(), embed.isSelected()) : null);
        Platform.runLater(password::requestFocus);
    }

    private static Label text(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("dialog-message");
        return label;
    }

    /** Shows the dialog and waits; the fields let go of the password afterwards. */
    Optional<SaveOptions> showAndWait() {
        try {
            return dialog.showAndWait();
        } finally {
            // Strings cannot be wiped; at least the fields let go of them.
            password.clear();
            repeated.clear();
        }
    }
}
