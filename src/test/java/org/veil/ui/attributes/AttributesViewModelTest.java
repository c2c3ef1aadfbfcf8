package org.veil.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.PeopleWorkspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UndoManager;
import org.veil.ui.workspace.WorkspaceModel;

class AttributesViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final UndoManager undo = workspace.undo();
    private AttributesViewModel viewModel;

    @BeforeEach
    void openPeople() {
        viewModel = new AttributesViewModel(workspace, new BackgroundWork(new SameThreadTaskRunner(), dialogs), dialogs);
        workspace.open(PeopleWorkspace.create());
    }

    private ColumnDetails selected() {
        return viewModel.detailsProperty().get();
    }

    private void select(String column) {
        viewModel.selectedColumnProperty().set(column);
    }

    @Test
    void selectsTheFirstColumnWhenADatasetOpensAndShowsItsDetails() {
        assertEquals("name", selected().name());
        select("zip");
        assertEquals(1, selected().index());
        assertEquals(AttributeRole.INSENSITIVE, selected().role());
        assertEquals("None", selected().hierarchySummary());
        assertNull(viewModel.hierarchyTableProperty().get());
    }

    @Test
    void changesTheRoleUndoablyUnderItsEditMenuName() {
        select("zip");
        viewModel.changeRole(AttributeRole.QUASI_IDENTIFYING);

        assertEquals(AttributeRole.QUASI_IDENTIFYING, selected().role());
        assertEquals(AttributeRole.QUASI_IDENTIFYING, viewModel.roleOf(1), "the header badge follows");
        assertEquals("Set role of zip to Quasi-identifying", undo.undoDescriptionProperty().get());

        undo.undo();
        assertEquals(AttributeRole.INSENSITIVE, selected().role());
        assertEquals("Set role of zip to Quasi-identifying", undo.redoDescriptionProperty().get());
        undo.redo();
        assertEquals(AttributeRole.QUASI_IDENTIFYING, selected().role());
    }

    @Test
    void choosingTheSameRoleAgainIsNoChange() {
        select("zip");
        viewModel.changeRole(AttributeRole.INSENSITIVE);
        assertFalse(undo.canUndoProperty().get());
    }

    @Test
    void showsTheProblemsOfTheSelectedColumnOnly() {
        select("zip");
        viewModel.changeRole(AttributeRole.QUASI_IDENTIFYING);
        assertEquals(List.of("Quasi-identifier 'zip' needs a hierarchy (Hierarchies)."), selected().problems());
        select("age");
        assertEquals(List.of(), selected().problems());
    }

    @Test
    void changesTheTypeUndoablyAndListsTheValuesThatAreNotValid() {
        select("age");
        assertEquals(ColumnType.STRING, selected().type());

        viewModel.changeType(DataType.INTEGER, null);

        assertEquals(ColumnType.INTEGER, selected().type());
        assertEquals("Set type of age to Integer", undo.undoDescriptionProperty().get());
        assertTrue(dialogs.warnings().get(0).text().contains("'unknown' (1 row)"), dialogs.warnings().toString());
        assertEquals("1 row holds values that are not valid as Integer, e.g. 'unknown'",
                selected().invalidValuesSummary());

        undo.undo();
        assertEquals(ColumnType.STRING, selected().type());
        assertEquals("", selected().invalidValuesSummary());
        assertEquals("Set type of age to Integer", undo.redoDescriptionProperty().get());
        undo.redo();
        assertEquals(ColumnType.INTEGER, selected().type());
    }

    @Test
    void refusesADatePatternWithoutAYear() {
        select("age");
        viewModel.changeType(DataType.DATE, "dd.MM");
        assertEquals(ColumnType.STRING, selected().type());
        assertEquals("Invalid date pattern", dialogs.errors().get(0).title());
        assertTrue(dialogs.errors().get(0).text().contains("has no year"), dialogs.errors().get(0).text());
    }

    @Test
    void importsAHierarchyThatCoversTheColumnUndoably() {
        select("zip");
        dialogs.choose(PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY));

        viewModel.importHierarchy();

        assertEquals("zips.csv · height 3 · 3 values", selected().hierarchySummary());
        assertEquals(List.of("Level 0 (values)", "Level 1", "Level 2", "Level 3"),
                viewModel.hierarchyTableProperty().get().columnNames());
        assertEquals("Import hierarchy for zip", undo.undoDescriptionProperty().get());
        assertTrue(dialogs.messages().isEmpty(), dialogs.messages().toString());

        undo.undo();
        assertNull(selected().hierarchy());
        assertNull(viewModel.hierarchyTableProperty().get());
        assertEquals("Import hierarchy for zip", undo.redoDescriptionProperty().get());
        undo.redo();
        assertEquals("zips.csv", selected().hierarchy().source());
    }

    @Test
    void refusesAHierarchyThatDoesNotCoverTheColumnAndListsTheValues() {
        select("zip");
        dialogs.choose(PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY_WITHOUT_10115));

        viewModel.importHierarchy();

        assertNull(selected().hierarchy());
        assertFalse(undo.canUndoProperty().get(), "nothing to undo");
        ScriptedDialogService.Message error = dialogs.errors().get(0);
        assertEquals("Hierarchy import for zip failed", error.title());
        assertTrue(error.text().contains("does not cover 1 value of column 'zip':\n  '10115'"), error.text());
    }

    @Test
    void showsTheReadersMessageWithTheLineForAMalformedFile() {
        select("zip");
        dialogs.choose(PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.RAGGED_HIERARCHY));

        viewModel.importHierarchy();

        assertNull(selected().hierarchy());
        assertTrue(dialogs.errors().get(0).text().contains("zips.csv, line 2"), dialogs.errors().get(0).text());
    }

    @Test
    void removesTheHierarchyUndoably() {
        select("zip");
        viewModel.importHierarchy("zip", PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY));

        viewModel.removeHierarchy();

        assertNull(selected().hierarchy());
        assertEquals("Remove hierarchy of zip", undo.undoDescriptionProperty().get());
        undo.undo();
        assertNotNull(selected().hierarchy());
        assertEquals("Remove hierarchy of zip", undo.redoDescriptionProperty().get());
        undo.redo();
        assertNull(selected().hierarchy());
    }

    @Test
    void keepsTheHierarchyTableWhenOnlyTheRoleChanges() {
        select("zip");
        viewModel.importHierarchy("zip", PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY));
        var table = viewModel.hierarchyTableProperty().get();

        viewModel.changeRole(AttributeRole.QUASI_IDENTIFYING);

        assertSame(table, viewModel.hierarchyTableProperty().get());
        assertEquals(List.of(), selected().problems(), "a quasi-identifier with a covering hierarchy is fine");
    }
}
