package org.veil.ui.hierarchies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.ui.common.LatestOnlyRunner;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.workspace.WorkspaceModel;

/** The hierarchy editor on the nine patients of {@link TinyProject}: age and zip quasi-identifying, k = 2. */
class HierarchyEditorViewModelTest {

    private WorkspaceModel workspace;
    private final SimpleStringProperty column = new SimpleStringProperty("age");
    private final SimpleObjectProperty<Map<String, Integer>> otherLevels = new SimpleObjectProperty<>(Map.of());
    private HierarchyEditorViewModel editor;

    @BeforeEach
    void open() {
        workspace = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner()).workspace();
        editor = new HierarchyEditorViewModel(workspace, column, otherLevels,
                new LatestOnlyRunner<>(Runnable::run, Runnable::run));
    }

    private AssignedHierarchy age() {
        return workspace.get().configuration().hierarchy("age");
    }

    private void removeAgeHierarchy() {
        workspace.change("Remove hierarchy of age",
                ws -> ws.withConfiguration(ws.configuration().withHierarchy("age", null)));
    }

    @Test
    void showsTheColumnsHierarchyAsATreeWithRecordCounts() {
        assertFalse(editor.suggestedProperty().get());
        assertEquals(BuilderKind.MANUAL, editor.kindProperty().get(), "TinyProject's hierarchies are hand-made");
        HierarchyTree.Node top = editor.treeProperty().get();
        assertEquals("*", top.label());
        assertEquals(9, top.records());
        assertEquals(List.of("20-29", "*"), top.children().stream().map(HierarchyTree.Node::label).toList());
    }

    @Test
    void aQuasiIdentifierWithoutHierarchyGetsASuggestionThatIsOnlyUsedOnceAccepted() {
        removeAgeHierarchy();

        assertTrue(editor.suggestedProperty().get());
        assertEquals(BuilderKind.INTERVALS, editor.kindProperty().get(), "numbers get intervals");
        assertEquals(9, editor.treeProperty().get().records(), "the suggestion covers every record");
        assertNull(age(), "a suggestion changes nothing by itself");

        editor.acceptSuggestion();
        assertInstanceOf(IntervalBuilder.class, age().builder());
        assertFalse(editor.suggestedProperty().get());
        assertEquals("Use suggested hierarchy for age", workspace.undo().undoDescriptionProperty().get());

        workspace.undo().undo();
        assertNull(age());
        assertTrue(editor.suggestedProperty().get(), "undo brings the suggestion back");
    }

    @Test
    void buildingWithOtherParametersIsOneUndoableChange() {
        AssignedHierarchy handMade = age();
        editor.kindProperty().set(BuilderKind.INTERVALS);
        editor.form().origin.set("20");
        editor.form().width.set("5");
        editor.form().fanouts.set("2");
        editor.applyBuilder();

        assertEquals(new IntervalBuilder(20, 5, List.of(2), null, null), age().builder());
        assertEquals("[20, 25)", age().hierarchy().generalize("21", 1));
        assertEquals("[20, 30)", age().hierarchy().generalize("27", 2));
        assertTrue(workspace.undo().undoDescriptionProperty().get().startsWith("Build hierarchy of age: "));

        workspace.undo().undo();
        assertSame(handMade, age());
        assertEquals(BuilderKind.MANUAL, editor.kindProperty().get(), "the editor follows the undo");
    }

    @Test
    void parametersThatDoNotReadAreExplainedAndChangeNothing() {
        AssignedHierarchy before = age();
        editor.kindProperty().set(BuilderKind.INTERVALS);
        editor.form().width.set("ten");
        editor.applyBuilder();

        assertEquals("Width must be a number, not 'ten'.", editor.errorProperty().get());
        assertSame(before, age());
        assertFalse(workspace.undo().canUndoProperty().get());
    }

    @Test
    void orderedCategoriesStartFromTheColumnsValues() {
        column.set("disease");
        editor.kindProperty().set(BuilderKind.ORDER);
        assertEquals("cancer\ncold\nflu", editor.form().order.get());
    }

    @Test
    void renamingAGroupByHandMakesTheHierarchyAManualOneAndUndoes() {
        editor.rename(1, "20-24", "early twenties");

        assertEquals("early twenties", age().hierarchy().generalize("22", 1));
        assertNull(age().builder());
        assertTrue(age().source().endsWith(" (edited)"), age().source());
        assertEquals("Rename 20-24 to early twenties in the hierarchy of age",
                workspace.undo().undoDescriptionProperty().get());
        workspace.undo().undo();
        assertEquals("20-24", age().hierarchy().generalize("22", 1));
    }

    @Test
    void movingAValueToAnotherGroupTakesThatGroupsAncestors() {
        editor.move(0, "24", "25-29");

        assertEquals("25-29", age().hierarchy().generalize("24", 1));
        assertEquals("20-29", age().hierarchy().generalize("24", 2));
    }

    @Test
    void anEditThatWouldBreakTheTreeIsRefusedWithTheReason() {
        AssignedHierarchy before = age();
        editor.rename(1, "20-24", "*"); // "*" on level 1 has the parent "*", 20-24 has "20-29"

        assertFalse(editor.errorProperty().get().isEmpty());
        assertSame(before, age());
    }

    @Test
    void previewsEachLevelWithTheOtherQuasiIdentifiersAtTheChosenSolution() {
        otherLevels.set(Map.of("zip", 2)); // 476**: Anna Ben Cara Gus; 479**: Dan Eve Finn; *: Hana Ivy

        List<LevelRow> levels = editor.levels();
        assertEquals(4, levels.size());
        assertEquals(9, levels.get(0).preview().recordsInSmallClasses(), "every age is unique");
        assertEquals(1.0, levels.get(0).preview().uniqueShare(), 1e-9);
        assertEquals(2, levels.get(1).preview().recordsInSmallClasses(), "Dan and Gus stand alone");
        assertEquals(2.0 / 9, levels.get(1).preview().uniqueShare(), 1e-9);
        assertEquals(0, levels.get(3).preview().recordsInSmallClasses());
        assertEquals(2, editor.kProperty().get());
        assertEquals(9, levels.get(0).column().recordsInSmallGroups(), "in age alone, every value is rare too");
    }
}
