package org.veil.ui.privacy;

import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.veil.service.anonymize.ModelSpec;

/**
 * The dialog that adds or edits a privacy model: the kind with an explanation, then only the inputs
 * that kind needs, each with its validation message beneath it. OK stays disabled until the model
 * is valid.
 */
public final class ModelDialogView {

    private static final double LABEL_WIDTH = 150;
    private static final double INPUT_WIDTH = 380;
    private static final double CHOICE_WIDTH = 240;
    private static final Map<ModelField, String[]> PARAMETERS = Map.of(
            ModelField.K, new String[] {"k", "Each group of records with equal quasi-identifiers must hold at least"
                    + " this many records: a whole number, 1 or more. 5 is common; larger is safer but coarser."},
            ModelField.L, new String[] {"ℓ", "How many well-represented sensitive values each group needs: 1 or more,"
                    + " a whole number except for entropy ℓ-diversity. 2 or 3 is common."},
            ModelField.C, new String[] {"c", "How strongly the most frequent sensitive value may dominate: a number"
                    + " above 0. Smaller is stricter; 3 is common."},
            ModelField.T, new String[] {"t", "The largest distance allowed between a group's sensitive values and"
                    + " those of the whole data: 0 to 1. Smaller is stricter; 0.2 is common."},
            ModelField.RISK, new String[] {"Risk threshold", "The highest average re-identification risk allowed:"
                    + " above 0, at most 1. 0.05 means one chance in twenty on average."},
            ModelField.UNIQUENESS, new String[] {"Uniqueness threshold", "The largest share of records allowed to be"
                    + " unique on their quasi-identifiers: 0 to 1. 0.01 means 1% of the records."});

    private final ModelFormViewModel form;
    private final Dialog<ModelSpec> dialog = new Dialog<>();
    private final ComboBox<ModelKind> kind = new ComboBox<>();

    public ModelDialogView(ModelFormViewModel form, Window owner) {
        this.form = form;
        String title = form.isEditing() ? "Edit privacy model" : "Add privacy model";
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType confirm = new ButtonType(form.isEditing() ? "Apply" : "Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(
                ModelDialogView.class.getResource("/org/veil/ui/veil.css").toExternalForm(), ViewParts.STYLESHEET);
        dialog.getDialogPane().setContent(content());
        Button ok = (Button) dialog.getDialogPane().lookupButton(confirm);
        ok.setId("model-ok");
        ok.disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(button -> button == confirm ? form.spec() : null);
        form.kindProperty().addListener(o -> fitLater());
        form.distanceProperty().addListener(o -> fitLater());
        Platform.runLater(kind::requestFocus);
    }

    /** Fits the dialog to its content once rows or messages appear or disappear. */
    private void fitLater() {
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /** A launcher that shows this dialog modally over {@code owner}. */
    public static ModelDialogLauncher launcher(Window owner) {
        return form -> new ModelDialogView(form, owner).showAndWait();
    }

    public Optional<ModelSpec> showAndWait() {
        return dialog.showAndWait();
    }

    private Node content() {
        kind.getItems().setAll(ModelKind.values());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        kind.setId("model-kind");
        kind.setPrefWidth(CHOICE_WIDTH);
        kind.setTooltip(ViewParts.tooltip("What the released data must guarantee. k-anonymity protects against"
                + " re-identification; ℓ-diversity and t-closeness also protect a sensitive attribute."));
        Label explanation = ViewParts.explanation("");
        explanation.textProperty().bind(form.kindExplanationProperty());
        VBox content = new VBox(10, row("Model", null, input(kind, ModelField.MODEL, explanation)),
                attributeRow(), distanceRow());
        for (ModelField field : new ModelField[] {ModelField.K, ModelField.L, ModelField.C, ModelField.T,
                ModelField.RISK, ModelField.UNIQUENESS}) {
            content.getChildren().add(parameterRow(field));
        }
        content.getStyleClass().add("model-form");
        content.setPrefWidth(LABEL_WIDTH + INPUT_WIDTH + 40);
        return content;
    }

    private Node attributeRow() {
        ComboBox<String> attribute = new ComboBox<>(form.sensitiveColumns());
        attribute.valueProperty().bindBidirectional(form.attributeProperty());
        attribute.setId("model-attribute");
        attribute.setPrefWidth(CHOICE_WIDTH);
        attribute.setDisable(form.sensitiveColumns().isEmpty());
        attribute.setTooltip(ViewParts.tooltip("The column whose values the model protects. Only columns marked"
                + " sensitive in Attributes are offered."));
        return row("Sensitive attribute", ModelField.ATTRIBUTE, input(attribute, ModelField.ATTRIBUTE));
    }

    private Node distanceRow() {
        ComboBox<DistanceChoice> distance = new ComboBox<>();
        distance.getItems().setAll(DistanceChoice.values());
        distance.valueProperty().bindBidirectional(form.distanceProperty());
        distance.setId("model-distance");
        distance.setPrefWidth(CHOICE_WIDTH);
        distance.setTooltip(ViewParts.tooltip("How far apart two sensitive values count when distributions are"
                + " compared (the ground distance of the Earth Mover's Distance)."));
        Label explanation = ViewParts.explanation("");
        explanation.textProperty().bind(form.distanceExplanationProperty());
        return row("Ground distance", ModelField.DISTANCE, input(distance, ModelField.DISTANCE, explanation));
    }

    private Node parameterRow(ModelField field) {
        String[] text = PARAMETERS.get(field);
        TextField value = new TextField();
        value.textProperty().bindBidirectional(form.parameterProperty(field));
        value.setId("model-" + field.name().toLowerCase());
        value.setPrefColumnCount(8);
        value.setMaxWidth(140);
        value.setTooltip(ViewParts.tooltip(text[1]));
        return row(text[0], field, input(value, field));
    }

    /** An input with its explanations and its validation message beneath it. */
    private VBox input(Node control, ModelField errorField, Label... explanations) {
        Label error = ViewParts.errorLabel();
        error.textProperty().bind(form.errorProperty(errorField));
        error.setId("model-error-" + errorField.name().toLowerCase());
        error.visibleProperty().addListener((o, old, now) -> fitLater());
        VBox input = new VBox(4, control);
        input.getChildren().addAll(explanations);
        input.getChildren().add(error);
        input.setPrefWidth(INPUT_WIDTH);
        HBox.setHgrow(input, Priority.ALWAYS);
        return input;
    }

    /** A labelled row, shown only while the chosen kind uses {@code field} (always for {@code null}). */
    private Node row(String label, ModelField field, VBox input) {
        Label name = new Label(label);
        name.setMinWidth(LABEL_WIDTH);
        name.setPrefWidth(LABEL_WIDTH);
        name.setPadding(new Insets(4, 0, 0, 0));
        name.setLabelFor(input.getChildren().get(0));
        HBox row = new HBox(8, name, input);
        row.setAlignment(Pos.TOP_LEFT);
        if (field != null) {
            row.visibleProperty().bind(form.showsProperty(field));
            row.managedProperty().bind(row.visibleProperty());
        }
        return row;
    }
}
