package org.veil.ui.privacy;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What keeps the configuration from running, in every step, each with where to fix it. */
final class ProblemsPane {

    private final PrivacyViewModel viewModel;
    private final VBox rows = new VBox(6);
    private final VBox root;

    ProblemsPane(PrivacyViewModel viewModel) {
        this.viewModel = viewModel;
        rows.setId("privacy-problems");
        rows.getStyleClass().add("problem-list");
        viewModel.problems().addListener((ListChangeListener<ProblemItem>) c -> showProblems());
        viewModel.hasWorkspaceProperty().addListener((o, old, now) -> showProblems());
        showProblems();
        this.root = ViewParts.section("Problems", "What keeps the configuration from running, in any step.", rows);
        root.setId("problems-section");
    }

    private void showProblems() {
        if (!viewModel.hasWorkspaceProperty().get()) {
            rows.getChildren().setAll(row("open-icon", "No dataset is open.", "Open a file or the sample project"));
        } else if (viewModel.problems().isEmpty()) {
            rows.getChildren().setAll(row("ready-icon", "Nothing keeps the configuration from running.",
                    "Anonymize when ready"));
        } else {
            rows.getChildren().setAll(viewModel.problems().stream()
                    .map(problem -> row("problem-icon", problem.message(), problem.whereToFix())).toList());
        }
    }

    private static Node row(String icon, String message, String where) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("problem-message");
        Label whereLabel = new Label(where);
        whereLabel.getStyleClass().add("problem-where");
        VBox words = new VBox(1, text, whereLabel);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(8, ViewParts.icon(icon), words);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("problem-row");
        return row;
    }

    VBox node() {
        return root;
    }
}
