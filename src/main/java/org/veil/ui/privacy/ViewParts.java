package org.veil.ui.privacy;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Building blocks the Privacy step's views share: sections, explanations, messages, tooltips. */
final class ViewParts {

    static final String STYLESHEET = ViewParts.class.getResource("/org/veil/ui/privacy.css").toExternalForm();

    private ViewParts() {
    }

    /** A titled section with a sentence on what it is for. */
    static VBox section(String title, String explanation, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(6, heading, explanation(explanation));
        section.getChildren().addAll(content);
        section.getStyleClass().add("privacy-section");
        return section;
    }

    /** Grey text that wraps. */
    static Label explanation(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("explanation");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A validation message under an input, taking no room while it is empty. */
    static Label errorLabel() {
        Label label = new Label();
        label.getStyleClass().addAll("error-text", "field-error");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A tooltip that wraps long text and shows soon. */
    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        return tooltip;
    }

    /** A small icon drawn by the stylesheet, e.g. {@code problem-icon}. */
    static Region icon(String styleClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", styleClass);
        return icon;
    }
}
