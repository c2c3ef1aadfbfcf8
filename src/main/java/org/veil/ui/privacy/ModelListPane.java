package org.veil.ui.privacy;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.veil.service.anonymize.ModelSpec;

/** The configured privacy models with Add, Edit and Remove; double-click or Enter edits, Delete removes. */
final class ModelListPane {

    private final PrivacyViewModel viewModel;
    private final ListView<ModelSpec> list;
    private final VBox root;

    ModelListPane(PrivacyViewModel viewModel) {
        this.viewModel = viewModel;
        this.list = new ListView<>(viewModel.models());
        list.setId("privacy-models");
        list.setCellFactory(view -> new ModelCell());
        list.setPrefHeight(180);
        list.setMinHeight(110);
        list.setPlaceholder(new Label("No privacy model yet: add one, e.g. 5-anonymity."));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                remove();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        keepSelectionAcrossChanges();
        VBox.setVgrow(list, Priority.ALWAYS);
        this.root = ViewParts.section("Privacy models", "Every group of records released must satisfy all of"
                + " these models; groups that do not are suppressed.", list, buttons());
        root.setId("privacy-models-section");
    }

    /**
     * The list is refilled on every change, which clears the selection: select the added model, or
     * the one at the place of the edited or removed one, so Edit and Remove stay at hand.
     */
    private void keepSelectionAcrossChanges() {
        int[] lastSelected = {-1};
        int[] lastSize = {list.getItems().size()};
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                lastSelected[0] = now.intValue();
            }
        });
        list.getItems().addListener((ListChangeListener<ModelSpec>) change -> {
            int size = list.getItems().size();
            int index = size > lastSize[0] ? size - 1 : Math.min(lastSelected[0], size - 1);
            lastSize[0] = size;
            if (index >= 0) {
                list.getSelectionModel().select(index);
            }
        });
    }

    private HBox buttons() {
        BooleanBinding noSelection = list.getSelectionModel().selectedItemProperty().isNull();
        Button add = button("Add…", "privacy-add", "Add a privacy model: k-anonymity, ℓ-diversity, t-closeness or a"
                + " risk threshold", viewModel::addModel);
        add.disableProperty().bind(viewModel.hasWorkspaceProperty().not());
        Button edit = button("Edit…", "privacy-edit", "Change the selected model's kind, attribute or parameters"
                + " (or double-click it)", this::edit);
        edit.disableProperty().bind(noSelection);
        Button remove = button("Remove", "privacy-remove", "Remove the selected model (Delete); Undo brings it back",
                this::remove);
        remove.disableProperty().bind(noSelection);
        return new HBox(8, add, edit, remove);
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(ViewParts.tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void edit() {
        viewModel.editModel(list.getSelectionModel().getSelectedIndex());
    }

    private void remove() {
        viewModel.removeModel(list.getSelectionModel().getSelectedIndex());
    }

    VBox node() {
        return root;
    }

    /** A model in words, with its kind explained in the tooltip. */
    private static final class ModelCell extends ListCell<ModelSpec> {
        @Override
        protected void updateItem(ModelSpec spec, boolean empty) {
            super.updateItem(spec, empty);
            setText(empty || spec == null ? null : ModelDescriptions.describe(spec));
            setTooltip(empty || spec == null ? null : ViewParts.tooltip(ModelKind.of(spec).explanation()));
        }
    }
}
