package org.veil.ui.explore;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.compare.CompareView;
import org.veil.ui.compare.CompareViewModel;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The Explore step: what the last run found (lattice and table of transformations), the selected
 * transformation, its output and its comparison with the input. Before a run, says how to start one.
 */
public final class ExploreStepView {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final LatticePanel lattice;

    public ExploreStepView(ExploreViewModel viewModel, CompareViewModel compare) {
        root.getStyleClass().add("explore-step");
        root.getStylesheets().add(ExploreStepView.class.getResource("/org/veil/ui/explore.css").toExternalForm());
        lattice = new LatticePanel(viewModel);
        root.setTop(heading(viewModel));

        SplitPane solutions = new SplitPane(lattice.node(), new SolutionTableView(viewModel).node());
        solutions.setOrientation(Orientation.VERTICAL);
        solutions.setDividerPositions(0.56);
        Tab solutionsTab = tab("Solutions", "tab-solutions", solutions);
        Tab outputTab = tab("Output", "tab-output", new OutputPane(viewModel).node());
        Tab compareTab = tab("Compare", "tab-compare", new CompareView(compare).node());
        tabs.getTabs().addAll(solutionsTab, outputTab, compareTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        BorderPane content = new BorderPane(tabs);
        content.setTop(new SelectedSolutionView(viewModel, () -> tabs.getSelectionModel().select(outputTab),
                () -> tabs.getSelectionModel().select(compareTab)).node());
        content.visibleProperty().bind(viewModel.outcomeProperty().isNotNull());

        Label empty = new Label();
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setId("explore-empty");
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        empty.visibleProperty().bind(viewModel.outcomeProperty().isNull());
        root.setCenter(new StackPane(content, empty));
    }

    /** The step as the workbench registers it. */
    public static Node create(AnonymizationModel anonymization, BackgroundWork work) {
        return new ExploreStepView(new ExploreViewModel(anonymization, work.busyProperty(), Platform::runLater),
                new CompareViewModel(anonymization)).node();
    }

    public Node node() {
        return root;
    }

    private static VBox heading(ExploreViewModel viewModel) {
        Label title = new Label("Explore the solutions");
        title.getStyleClass().add("step-heading");
        Label summary = new Label();
        summary.getStyleClass().add("explore-summary");
        summary.setId("explore-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label noSolution = new Label();
        noSolution.setId("explore-no-solution");
        noSolution.getStyleClass().add("no-solution-banner");
        noSolution.setWrapText(true);
        noSolution.setMaxWidth(Double.MAX_VALUE);
        noSolution.textProperty().bind(viewModel.noSolutionProperty());
        noSolution.visibleProperty().bind(viewModel.noSolutionProperty().isNotEmpty());
        noSolution.managedProperty().bind(noSolution.visibleProperty());
        HBox titleLine = new HBox(14, title, summary);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        VBox heading = new VBox(4, titleLine, noSolution);
        heading.setPadding(new Insets(8, 10, 8, 10));
        return heading;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
