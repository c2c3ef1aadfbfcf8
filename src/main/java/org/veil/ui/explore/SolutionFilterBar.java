package org.veil.ui.explore;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The filters above the table of transformations: by state, by levels, and how many are shown. */
final class SolutionFilterBar {

    private SolutionFilterBar() {
    }

    static HBox create(SolutionTableModel model) {
        ComboBox<StateFilter> states = new ComboBox<>();
        states.getItems().setAll(StateFilter.values());
        states.valueProperty().bindBidirectional(model.stateFilterProperty());
        states.setId("solution-state-filter");
        states.setTooltip(new Tooltip("Show only transformations in this state"));
        TextField levels = new TextField();
        levels.setId("solution-level-filter");
        levels.promptTextProperty().bind(Bindings.createStringBinding(() -> "Filter levels, e.g. "
                + (model.headersProperty().get().isEmpty() ? "" : model.headersProperty().get().get(0) + "<=2 ")
                + "height<6", model.headersProperty()));
        levels.textProperty().bindBidirectional(model.textFilterProperty());
        levels.setTooltip(new Tooltip("Conditions on levels, all of which must hold: a quasi-identifier (or the"
                + " start of its name, or 'height'), one of = != < <= > >=, and a level. Separate them with spaces."));
        HBox.setHgrow(levels, Priority.ALWAYS);
        levels.setMaxWidth(420);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.filterErrorProperty());
        error.setMinWidth(0);
        Label count = new Label();
        count.getStyleClass().add("solution-count");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox bar = new HBox(8, states, levels, count, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
