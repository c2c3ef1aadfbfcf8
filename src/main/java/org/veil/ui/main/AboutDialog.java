package org.veil.ui.main;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help › About Veil: the version and runtime, and in tabs Veil's licence, the libraries it ships
 * with and the credit of the sample data. Long texts scroll, so the dialog fits a 1280×800 screen.
 */
public final class AboutDialog {

    private static final ButtonType COPY = new ButtonType("Copy version info", ButtonBar.ButtonData.LEFT);
    private static final double WIDTH = 760;
    private static final double TABS_HEIGHT = 400;

    private final AboutViewModel viewModel;
    private final Dialog<Void> dialog = new Dialog<>();

    public AboutDialog(AboutViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        dialog.initOwner(owner);
        dialog.setTitle("About Veil");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("about-dialog");
        dialog.getDialogPane().getStylesheets().add(AboutDialog.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        dialog.getDialogPane().setHeader(header());
        dialog.getDialogPane().setContent(tabs());
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        Button copy = (Button) dialog.getDialogPane().lookupButton(COPY);
        copy.setId("about-copy");
        // A dialog button closes the dialog; copying should not, so the click stops here.
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, viewModel.versionInfo()));
            copy.setText("Copied");
            event.consume();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("about-close");
        close.setDefaultButton(true);
        dialog.setOnShown(event -> close.requestFocus()); // Enter or Escape closes; copying is a deliberate click
    }

    /** Shows the dialog without waiting: About has no answer to wait for, and the menu action returns at once. */
    public void show() {
        dialog.show();
    }

    private Node header() {
        // The 128 px icon drawn at 96: sharp on high-density screens, and small enough for 800 px tall ones.
        ImageView icon = new ImageView(new Image(AboutDialog.class.getResourceAsStream("/org/veil/ui/icons/veil-128.png")));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setSmooth(true);
        Label name = new Label("Veil");
        name.getStyleClass().add("about-name");
        Label version = wrapped("Version " + viewModel.version(), "about-version");
        Label runtime = wrapped(viewModel.runtime(), "about-runtime");
        Label system = wrapped(viewModel.system(), "about-system");
        runtime.getStyleClass().add("about-runtime");
        system.getStyleClass().add("about-runtime");
        Label description = wrapped(AboutViewModel.DESCRIPTION, "about-description");
        Label local = wrapped(AboutViewModel.LOCAL_ONLY, "about-local");
        VBox text = new VBox(2, name, version, runtime, system, description, local);
        VBox.setMargin(description, new Insets(8, 0, 0, 0));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(18, icon, text);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 16, 12, 16));
        header.getStyleClass().addAll("header-panel", "about-header");
        return header;
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(new Tab("Licence", licence()), new Tab("Third-party libraries", libraries()),
                new Tab("Sample data", sampleData()));
        tabs.setId("about-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(TABS_HEIGHT);
        return tabs;
    }

    private Node licence() {
        Label name = wrapped("Veil is free software under the " + AboutViewModel.LICENCE_NAME + ":", "about-licence-name");
        TextArea text = new TextArea(viewModel.licenceText());
        text.setId("about-licence-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("about-licence-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        return page(name, text);
    }

    private Node libraries() {
        Label intro = wrapped(viewModel.libraries().isEmpty()
                ? "The list of libraries is written by the Maven build; this build has none."
                : "Veil ships with these " + viewModel.libraries().size() + " libraries, each under its own licence:",
                "about-libraries-intro");
        TableView<ThirdPartyLibrary> table = new TableView<>();
        table.setId("about-libraries");
        table.getItems().setAll(viewModel.libraries());
        table.getColumns().add(column("Component", 260, ThirdPartyLibrary::name));
        table.getColumns().add(column("Version", 90, ThirdPartyLibrary::version));
        table.getColumns().add(column("Licence", 330, ThirdPartyLibrary::licence));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        return page(intro, table);
    }

    private Node sampleData() {
        Label intro = wrapped("Veil comes with sample data to try it on. The Adult census extract is third-party data;"
                + " its licence asks for this credit:", "about-sample-intro");
        Label credit = wrapped(AboutViewModel.SAMPLE_DATA_CREDIT, "about-sample-credit");
        return page(intro, credit);
    }

    private static TableColumn<ThirdPartyLibrary, String> column(String title, double width,
            Function<ThirdPartyLibrary, String> value) {
        TableColumn<ThirdPartyLibrary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }

    private static VBox page(Node... children) {
        VBox page = new VBox(8, children);
        page.setPadding(new Insets(10, 0, 0, 0));
        return page;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
