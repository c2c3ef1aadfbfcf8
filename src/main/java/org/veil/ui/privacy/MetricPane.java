package org.veil.ui.privacy;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.veil.service.anonymize.MetricNames;

/** The metric the search minimises, each option with what it measures. */
final class MetricPane {

    private final VBox root;

    MetricPane(PrivacyViewModel viewModel) {
        ComboBox<String> metric = new ComboBox<>();
        metric.getItems().setAll(viewModel.metricNames());
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        metric.setId("privacy-metric");
        metric.setPrefWidth(200);
        metric.setCellFactory(list -> new MetricCell());
        metric.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : MetricNames.title(name));
            }
        });
        metric.disableProperty().bind(viewModel.hasWorkspaceProperty().not());
        metric.setTooltip(ViewParts.tooltip("How information loss is measured. The result is the anonymous"
                + " transformation that loses least by this measure; the options are described in docs/metrics.md."));
        Label description = ViewParts.explanation("");
        description.setId("privacy-metric-description");
        description.textProperty().bind(viewModel.metricDescriptionProperty());
        description.getStyleClass().add("metric-description");
        this.root = ViewParts.section("Metric", "Among the transformations that satisfy the models, Veil picks the"
                + " one with the lowest information loss by this metric.", metric, description);
        root.setId("metric-section");
    }

    VBox node() {
        return root;
    }

    /** A metric in the drop-down: its name in bold, what it measures beneath. */
    private static final class MetricCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(MetricNames.title(name));
            title.getStyleClass().add("metric-name");
            Label description = ViewParts.explanation(PrivacyViewModel.describeMetric(name));
            description.setMaxWidth(440);
            setGraphic(new VBox(1, title, description));
        }
    }
}
