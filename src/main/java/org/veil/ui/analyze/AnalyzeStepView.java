package org.veil.ui.analyze;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.hipaa.SafeHarborView;
import org.veil.ui.tradeoff.TradeOffView;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Analyze step: re-identification risk, utility, the trade-off between them, and the HIPAA Safe
 * Harbor check, each in a tab, all comparing the input with the solution selected in Explore.
 */
public final class AnalyzeStepView {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    private AnalyzeStepView(Tab... content) {
        Label heading = new Label("Analyze — the input next to the selected solution");
        heading.getStyleClass().add("step-heading");
        BorderPane.setMargin(heading, new Insets(8, 10, 6, 10));
        tabs.getTabs().addAll(content);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(heading);
        root.setCenter(tabs);
    }

    /** The step as the workbench registers it. */
    public static Node create(AnonymizationModel anonymization, WorkspaceModel workspace, TaskRunner tasks,
            DialogService dialogs) {
        return new AnalyzeStepView(
                tab("Risk", "tab-risk", new RiskView(new RiskViewModel(anonymization, workspace, tasks), dialogs)
                        .node()),
                tab("Utility", "tab-utility", UtilityView.create(anonymization, workspace, tasks, dialogs)),
                tab("Trade-off", "tab-trade-off", TradeOffView.create(anonymization, tasks, dialogs)),
                tab("Safe Harbor", "tab-safe-harbor", SafeHarborView.create(workspace, tasks, dialogs))).root;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
