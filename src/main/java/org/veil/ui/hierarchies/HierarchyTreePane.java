package org.veil.ui.hierarchies;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.veil.ui.hierarchies.HierarchyTree.Node;

/**
 * The hierarchy being edited as a tree, top group at the root, with the records under every node.
 * Double-click a group to rename it; drag a value or group onto a group one level up to move it
 * there; add a level above, or remove, the level of the selected node.
 */
final class HierarchyTreePane {

    private static final String DRAG_PREFIX = "veil-hierarchy-node:";

    private final HierarchyEditorViewModel viewModel;
    private final TreeView<Node> tree = new TreeView<>();
    private final VBox root;

    HierarchyTreePane(HierarchyEditorViewModel viewModel) {
        this.viewModel = viewModel;
        tree.setId("hierarchy-tree");
        tree.setEditable(true);
        tree.setCellFactory(view -> new NodeCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 && tree.getSelectionModel().getSelectedItem() != null) {
                tree.edit(tree.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.treeProperty().addListener((o, old, now) -> show(now));
        show(viewModel.treeProperty().get());

        Button addLevel = new Button("Add level above");
        addLevel.setId("add-level");
        addLevel.setTooltip(new Tooltip("A new level above the selected node's level, a copy of it to regroup"));
        addLevel.setOnAction(e -> selectedLevel(level -> viewModel.addLevelAbove(level)));
        Button removeLevel = new Button("Remove level");
        removeLevel.setId("remove-level");
        removeLevel.setTooltip(new Tooltip("Remove the selected node's level (not the values, not the top)"));
        removeLevel.setOnAction(e -> selectedLevel(viewModel::removeLevel));
        addLevel.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        removeLevel.disableProperty().bind(addLevel.disableProperty());
        HBox buttons = new HBox(6, addLevel, removeLevel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(6, tree, buttons);
        root.setPadding(new Insets(0, 4, 0, 0));
    }

    private void selectedLevel(IntConsumer action) {
        TreeItem<Node> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item.getValue().level());
        }
    }

    /** Shows a tree, keeping the groups that were open open. */
    private void show(Node top) {
        Set<String> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        if (top == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<Node> item = item(top, expanded);
        item.setExpanded(true);
        tree.setRoot(item);
    }

    private static void collectExpanded(TreeItem<Node> item, Set<String> expanded) {
        if (item != null && item.isExpanded()) {
            expanded.add(key(item.getValue()));
            item.getChildren().forEach(child -> collectExpanded(child, expanded));
        }
    }

    private static String key(Node node) {
        return node.level() + "\t" + node.label();
    }

    private static TreeItem<Node> item(Node node, Set<String> expanded) {
        TreeItem<Node> item = new TreeItem<>(node);
        for (Node child : node.children()) {
            item.getChildren().add(item(child, expanded));
        }
        item.setExpanded(expanded.contains(key(node)));
        return item;
    }

    /** A node with its record count; editable (renaming) for groups; a drag source and a drop target. */
    private final class NodeCell extends TreeCell<Node> {

        private TextField editor;

        NodeCell() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null && !getItem().isValue()) {
                    tree.edit(getTreeItem());
                    e.consume();
                }
            });
            setOnDragDetected(e -> {
                Node node = getItem();
                if (node != null && node.level() < levelOfTop() - 1) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_PREFIX + node.level() + "\t" + node.label());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                String[] dragged = dragged(e.getDragboard());
                if (dragged != null && getItem() != null && getItem().level() == Integer.parseInt(dragged[0]) + 1) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                String[] dragged = dragged(e.getDragboard());
                boolean done = dragged != null && getItem() != null;
                if (done) {
                    viewModel.move(Integer.parseInt(dragged[0]), dragged[1], getItem().label());
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        private int levelOfTop() {
            TreeItem<Node> top = tree.getRoot();
            return top == null ? 0 : top.getValue().level();
        }

        private String[] dragged(Dragboard board) {
            if (!board.hasString() || !board.getString().startsWith(DRAG_PREFIX)) {
                return null;
            }
            String[] parts = board.getString().substring(DRAG_PREFIX.length()).split("\t", 2);
            return parts.length == 2 ? parts : null;
        }

        @Override
        public void startEdit() {
            if (getItem() == null || getItem().isValue()) {
                return; // values are the data's own; only groups are named by the hierarchy
            }
            super.startEdit();
            editor = new TextField(getItem().label());
            editor.setId("rename-group");
            editor.setOnAction(e -> commitRename());
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        private void commitRename() {
            Node node = getItem();
            String label = editor.getText().trim();
            cancelEdit();
            if (node != null && !label.equals(node.label())) {
                viewModel.rename(node.level(), node.label(), label);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }

        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            Label name = new Label(node.label());
            name.getStyleClass().add(node.isValue() ? "tree-value" : "tree-group");
            Label count = new Label(String.format("%,d record%s", node.records(), node.records() == 1 ? "" : "s")
                    + (node.isValue() ? "" : String.format(" · %,d value%s", node.values(),
                            node.values() == 1 ? "" : "s")));
            count.getStyleClass().add("tree-count");
            HBox line = new HBox(8, name, count);
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
            setTooltip(new Tooltip("Level " + node.level() + (node.isValue() ? " (a value of the data)"
                    : ". Double-click to rename; drop a node of the level below here to move it in")));
        }
    }

    javafx.scene.Node node() {
        return root;
    }
}
