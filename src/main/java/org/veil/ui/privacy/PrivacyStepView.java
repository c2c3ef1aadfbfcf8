package org.veil.ui.privacy;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Privacy step: the models on the left, suppression limit and metric on the right, and below
 * them what keeps the configuration from running, with the Anonymize button.
 */
public final class PrivacyStepView {

    private final PrivacyViewModel viewModel;
    private final ScrollPane root;

    public PrivacyStepView(PrivacyViewModel viewModel) {
        this.viewModel = viewModel;
        ModelListPane models = new ModelListPane(viewModel);
        SuppressionLimitPane suppression = new SuppressionLimitPane(viewModel.suppression(), viewModel);
        MetricPane metric = new MetricPane(viewModel);
        ProblemsPane problems = new ProblemsPane(viewModel);
        Label title = new Label("Privacy — what the released data must guarantee");
        title.getStyleClass().add("step-heading");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(models.node(), 0, 0, 1, 2);
        grid.add(suppression.node(), 1, 0);
        grid.add(metric.node(), 1, 1);
        grid.add(problems.node(), 0, 2, 2, 1);
        VBox page = new VBox(12, title, grid, anonymizeBar());
        page.setPadding(new Insets(8, 16, 12, 16));
        page.getStyleClass().add("privacy-step");
        this.root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("privacy-scroll");
        root.getStylesheets().add(ViewParts.STYLESHEET);
        root.setId("privacy-step");
    }

    /** The step as the workbench shows it, its model dialog owned by {@code owner}. */
    public static Node create(WorkspaceModel workspace, AnonymizationModel anonymization, Window owner) {
        return new PrivacyStepView(new PrivacyViewModel(workspace, anonymization, ModelDialogView.launcher(owner)))
                .node();
    }

    private HBox anonymizeBar() {
        Button anonymize = new Button("Anonymize");
        anonymize.setId("privacy-anonymize");
        anonymize.getStyleClass().add("accent-button");
        anonymize.setOnAction(e -> viewModel.anonymize());
        anonymize.disableProperty().bind(viewModel.canAnonymizeProperty().not());
        anonymize.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip why = ViewParts.tooltip("");
        why.textProperty().bind(viewModel.whyNotProperty());
        // A disabled control shows no tooltip, so it hangs on a wrapper that stays enabled.
        Label wrapper = new Label(null, anonymize);
        wrapper.setId("privacy-anonymize-wrapper");
        wrapper.setTooltip(why);
        wrapper.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = ViewParts.explanation("");
        hint.textProperty().bind(viewModel.whyNotProperty());
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(12, wrapper, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    public Node node() {
        return root;
    }
}
