package org.veil.ui.explore;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card on the selected transformation: its levels, verdict, suppression, classes and metric value. */
final class SelectedSolutionView {

    private static final PseudoClass ANONYMOUS = PseudoClass.getPseudoClass("anonymous");

    private final VBox root = new VBox(4);

    SelectedSolutionView(ExploreViewModel explore, Runnable showOutput, Runnable showCompare) {
        SelectedSolutionViewModel viewModel = explore.selection();
        root.getStyleClass().add("selected-solution");
        root.setPadding(new Insets(6, 10, 6, 10));
        Label heading = label("selected-heading", "selected-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label verdict = label("selected-verdict", "verdict-badge");
        verdict.textProperty().bind(viewModel.verdictProperty());
        verdict.visibleProperty().bind(viewModel.presentProperty());
        viewModel.anonymousProperty().addListener((o, was, now) -> verdict.pseudoClassStateChanged(ANONYMOUS, now));
        verdict.pseudoClassStateChanged(ANONYMOUS, viewModel.anonymousProperty().get());
        heading.setMinWidth(Label.USE_PREF_SIZE);
        verdict.setMinWidth(Label.USE_PREF_SIZE);
        Label levels = label("selected-levels", "selected-levels");
        levels.textProperty().bind(viewModel.levelsProperty());
        levels.setWrapText(true);
        levels.setTooltip(new Tooltip("The generalization level of each quasi-identifier (0 = original values)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button output = button("Show output", "show-output", "The released data of this transformation", showOutput);
        Button compare = button("Compare", "show-compare", "The input and this output side by side, row by row",
                showCompare);
        Button optimum = button("Select optimum", "select-optimum", "Go back to the optimal transformation",
                explore::selectOptimum);
        output.disableProperty().bind(viewModel.presentProperty().not());
        compare.disableProperty().bind(viewModel.presentProperty().not());
        optimum.disableProperty().bind(viewModel.optimumProperty().or(explore.optimumProperty().lessThan(0)));
        HBox top = new HBox(10, heading, verdict, spacer, output, compare, optimum);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane facts = new FlowPane(18, 2, levels,
                fact("Suppressed", viewModel.suppressedProperty(), "selected-suppressed",
                        "Records whose quasi-identifiers are all released as *, and their share of all records"),
                fact("Classes", viewModel.classesProperty(), "selected-classes",
                        "Equivalence classes: groups of records with the same generalized quasi-identifiers"),
                metric(viewModel));
        Label applying = label("selected-applying", "selected-applying");
        applying.textProperty().bind(viewModel.applyingProperty());
        facts.getChildren().add(applying);
        levels.maxWidthProperty().bind(facts.widthProperty());
        facts.managedProperty().bind(facts.visibleProperty());
        facts.visibleProperty().bind(viewModel.presentProperty().or(viewModel.applyingProperty().isNotEmpty()));
        root.getChildren().addAll(top, facts);
    }

    Node node() {
        return root;
    }

    private static HBox fact(String title, ObservableStringValue value, String id, String tip) {
        Label name = new Label(title + ":");
        name.getStyleClass().add("fact-name");
        Label text = label(id, "fact-value");
        text.textProperty().bind(value);
        HBox fact = new HBox(4, name, text);
        Tooltip.install(fact, new Tooltip(tip));
        return fact;
    }

    private static HBox metric(SelectedSolutionViewModel viewModel) {
        HBox fact = fact("Metric", viewModel.metricProperty(), "selected-metric",
                "The information loss the search minimises; lower is better");
        ((Label) fact.getChildren().get(0)).textProperty().bind(viewModel.metricTitleProperty().concat(":"));
        return fact;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }
}
