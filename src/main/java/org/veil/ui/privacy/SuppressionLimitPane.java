package org.veil.ui.privacy;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The suppression limit as a slider and a spinner in percent, kept in step with each other. */
final class SuppressionLimitPane {

    private final VBox root;

    SuppressionLimitPane(SuppressionLimitViewModel viewModel, PrivacyViewModel privacy) {
        Slider slider = new Slider(0, 100, 0);
        slider.setId("suppression-slider");
        slider.setMajorTickUnit(25);
        slider.setMinorTickCount(49); // ticks every 0.5%, which the thumb snaps to; only the major ones are drawn
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(0.5);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return ModelDescriptions.number(value) + "%";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("%", ""));
            }
        });
        slider.valueProperty().bindBidirectional(viewModel.percentProperty());
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                slider.adjustValue(slider.getValue()); // snap to 0.5% before the value is recorded, not after
            }
            viewModel.adjustingProperty().set(now);
        });
        slider.setTooltip(ViewParts.tooltip("Drag to set the share of records that may be suppressed; the change"
                + " is recorded (and can be undone) when you release the thumb."));
        HBox.setHgrow(slider, Priority.ALWAYS);

        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, 0, 0.5));
        spinner.setId("suppression-spinner");
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        ObjectProperty<Double> percent = viewModel.percentProperty().asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(percent);
        spinner.getProperties().put(SuppressionLimitPane.class, percent); // bindings hold it only weakly
        spinner.setTooltip(ViewParts.tooltip("The suppression limit in percent, 0 to 100 in steps of 0.5; type a"
                + " value and press Enter, or use the arrows."));
        Label unit = new Label("%");
        HBox controls = new HBox(8, slider, spinner, unit);
        HBox.setMargin(spinner, new Insets(0, 0, 0, 12)); // room for the slider's last label, "100%"
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.disableProperty().bind(privacy.hasWorkspaceProperty().not());

        this.root = ViewParts.section("Suppression limit", "The share of records that may be removed entirely"
                + " rather than generalized further. A few suppressed outliers often let the others keep much more"
                + " detail; 0% allows no suppression.", controls);
        root.setId("suppression-section");
    }

    VBox node() {
        return root;
    }
}
