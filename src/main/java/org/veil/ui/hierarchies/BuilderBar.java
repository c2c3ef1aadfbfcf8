package org.veil.ui.hierarchies;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;

/**
 * The builder of the hierarchy being edited: which one, its parameters, and Build. Enter in a field
 * builds too. A suggestion shows a button to use it; a refused build says why below the fields.
 */
final class BuilderBar {

    private final HierarchyEditorViewModel viewModel;
    private final VBox root = new VBox(6);
    private final StackPane parameters = new StackPane();
    private final Map<BuilderKind, Node> forms;

    BuilderBar(HierarchyEditorViewModel viewModel) {
        this.viewModel = viewModel;
        BuilderForm form = viewModel.form();
        forms = Map.of(
                BuilderKind.INTERVALS, intervals(form),
                BuilderKind.ORDER, order(form),
                BuilderKind.MASKING, masking(form),
                BuilderKind.DATES, dates(form),
                BuilderKind.MANUAL, manual());
        forms.values().forEach(node -> {
            node.setVisible(false);
            node.managedProperty().bind(node.visibleProperty()); // the bar is as tall as the form shown
        });
        parameters.getChildren().addAll(forms.values());
        parameters.setAlignment(Pos.TOP_LEFT);
        parameters.setMaxWidth(Double.MAX_VALUE);

        ComboBox<BuilderKind> kind = new ComboBox<>();
        kind.setId("builder-kind");
        kind.getItems().addAll(BuilderKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setTooltip(new Tooltip("How the hierarchy is made"));
        Label explanation = new Label();
        explanation.getStyleClass().add("hint-text");
        explanation.setWrapText(true);
        Button build = new Button("Build");
        build.setId("build-hierarchy");
        build.setTooltip(new Tooltip("Make the hierarchy with these parameters (Enter in a field does the same);"
                + " Ctrl+Z goes back"));
        build.setOnAction(e -> viewModel.applyBuilder());
        build.disableProperty().bind(viewModel.kindProperty().isEqualTo(BuilderKind.MANUAL));
        Button accept = new Button("Use this hierarchy");
        accept.setId("accept-suggestion");
        accept.getStyleClass().add("accent-button");
        accept.setTooltip(new Tooltip("Assign the suggested hierarchy to the column"));
        accept.setOnAction(e -> viewModel.acceptSuggestion());
        accept.visibleProperty().bind(viewModel.suggestedProperty());
        accept.managedProperty().bind(accept.visibleProperty());
        Label suggestion = new Label("Suggested for this column — not used until you accept it.");
        suggestion.setId("suggestion-note");
        suggestion.getStyleClass().add("warning-text");
        suggestion.visibleProperty().bind(viewModel.suggestedProperty());
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        HBox.setHgrow(explanation, Priority.ALWAYS);
        explanation.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, new Label("Builder"), kind, explanation, suggestion, accept, build);
        line.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("builder-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        viewModel.kindProperty().addListener((o, old, now) -> showForm(now, explanation));
        showForm(viewModel.kindProperty().get(), explanation);
        root.getChildren().addAll(line, parameters, error);
        root.getStyleClass().add("builder-bar");
        root.setPadding(new Insets(6, 8, 6, 8));
    }

    private void showForm(BuilderKind kind, Label explanation) {
        forms.forEach((k, node) -> node.setVisible(k == kind));
        // by hand, the form itself says how to edit
        explanation.setText(kind == null || kind == BuilderKind.MANUAL ? "" : kind.explanation());
    }

    private Node intervals(BuilderForm form) {
        return fields(
                field("Start", "interval-origin", form.origin, 70, "Where the first interval starts, e.g. 0"),
                field("Width", "interval-width", form.width, 70, "Width of the intervals on level 1, e.g. 10"),
                field("Join", "interval-fanouts", form.fanouts, 90,
                        "How many intervals each further level joins, e.g. 2, 2 for [20, 40) then [0, 80)"),
                field("Bottom code below", "interval-bottom", form.bottom, 70,
                        "Values below it become <value on every level; empty for none"),
                field("Top code from", "interval-top", form.top, 70,
                        "Values from it on become ≥value on every level, e.g. 90 for ages (HIPAA); empty for none"));
    }

    private Node order(BuilderForm form) {
        TextArea order = new TextArea();
        order.setId("order-values");
        order.textProperty().bindBidirectional(form.order);
        order.setPrefRowCount(3);
        order.setPrefColumnCount(28);
        order.setTooltip(new Tooltip("Every value, one per line, in their order"));
        return new HBox(12, labelled("Order (one per line)", order), fields(field("Group sizes", "order-sizes",
                form.groupSizes, 90, "Values per group on level 1, groups per group above, e.g. 3, 2;"
                        + " empty: every value straight to *")));
    }

    private Node masking(BuilderForm form) {
        ToggleGroup side = new ToggleGroup();
        RadioButton right = new RadioButton("From the right");
        right.setId("mask-right");
        RadioButton left = new RadioButton("From the left");
        right.setToggleGroup(side);
        left.setToggleGroup(side);
        right.setSelected(form.maskFromRight.get());
        left.setSelected(!form.maskFromRight.get());
        right.selectedProperty().addListener((o, old, now) -> form.maskFromRight.set(now));
        form.maskFromRight.addListener((o, old, now) -> (now ? right : left).setSelected(true));
        return fields(new HBox(8, right, left), field("Padding", "mask-padding", form.padding, 40,
                "Shorter codes are padded with this character first, e.g. 0 for ZIP codes"));
    }

    private Node dates(BuilderForm form) {
        FlowPane units = new FlowPane(10, 4);
        for (DateUnit unit : DateUnit.values()) {
            CheckBox box = new CheckBox(unit.name().charAt(0) + unit.name().substring(1).toLowerCase(Locale.ROOT));
            box.setId("date-" + unit.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(form.dateUnits.get(unit));
            units.getChildren().add(box);
        }
        return fields(field("Pattern", "date-pattern", form.datePattern, 150,
                "How the dates are written, e.g. yyyy-MM-dd or dd.MM.yyyy HH:mm"), labelled("Levels", units));
    }

    private static Node manual() {
        Label how = new Label("Double-click a group in the tree to rename it; drag a value or group onto another"
                + " group to move it; add or remove levels below the tree.");
        how.setWrapText(true);
        how.setMaxWidth(Double.MAX_VALUE);
        how.setMinHeight(Region.USE_PREF_SIZE);
        return how;
    }

    private Node field(String label, String id, StringProperty value, double width, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        field.setTooltip(new Tooltip(tooltip));
        field.setOnAction(e -> viewModel.applyBuilder());
        return labelled(label, field);
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        return new VBox(2, label, control);
    }

    private static Node fields(Node... nodes) {
        HBox box = new HBox(12, nodes);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    Node node() {
        return root;
    }
}
