package org.veil.ui.hierarchies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.service.anonymize.HierarchyLoader;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.PeopleWorkspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UndoManager;
import org.veil.ui.hierarchies.HierarchyEntry.Status;
import org.veil.ui.workspace.WorkspaceModel;

class HierarchiesViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final UndoManager undo = workspace.undo();
    private HierarchiesViewModel viewModel;

    @BeforeEach
    void openPeople() {
        viewModel = new HierarchiesViewModel(workspace, new BackgroundWork(new SameThreadTaskRunner(), dialogs),
                dialogs);
        workspace.open(PeopleWorkspace.create());
    }

    private void setRole(String column, AttributeRole role) {
        workspace.change("role", ws -> ws.withConfiguration(ws.configuration().withRole(column, role)));
    }

    private void assign(String column, String file, String content) throws Exception {
        Hierarchy hierarchy = HierarchyLoader.read(PeopleWorkspace.file(folder, file, content));
        workspace.change("assign", ws -> ws.withConfiguration(ws.configuration().withHierarchy(column,
                new AssignedHierarchy(hierarchy, file))));
    }

    private Path zips() {
        return PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY);
    }

    @Test
    void saysWhatToDoWhenNoColumnIsQuasiIdentifying() {
        assertEquals(List.of(), viewModel.entries());
        assertTrue(viewModel.hintProperty().get().contains("Mark columns as quasi-identifying in Attributes"));
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        assertEquals("", viewModel.hintProperty().get());
    }

    @Test
    void listsQuasiIdentifiersAndSensitiveAttributesWithTheStateOfTheirHierarchies() throws Exception {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        setRole("age", AttributeRole.QUASI_IDENTIFYING);
        setRole("sex", AttributeRole.QUASI_IDENTIFYING);
        setRole("diagnosis", AttributeRole.SENSITIVE);
        assign("zip", "zips.csv", PeopleWorkspace.ZIP_HIERARCHY);
        assign("sex", "sex.csv", "female;*\n");

        List<HierarchyEntry> entries = viewModel.entries();

        assertEquals(List.of("zip", "age", "sex", "diagnosis"), entries.stream().map(HierarchyEntry::column).toList());
        assertEquals(List.of(Status.OK, Status.MISSING, Status.NOT_COVERING, Status.OPTIONAL),
                entries.stream().map(HierarchyEntry::status).toList());
        assertEquals(List.of("ok", "missing", "does not cover 1 value", "none (optional)"),
                entries.stream().map(HierarchyEntry::statusText).toList());
    }

    @Test
    void listsAnInsensitiveColumnThatKeptItsHierarchy() throws Exception {
        assign("zip", "zips.csv", PeopleWorkspace.ZIP_HIERARCHY);
        assertEquals("zip", viewModel.entries().get(0).column());
        assertTrue(viewModel.entries().get(0).statusExplanation().contains("not used"));
    }

    @Test
    void showsTheSelectedHierarchyLevelByLevelWithTheRecordsOfEachLevel() throws Exception {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        assign("zip", "zips.csv", PeopleWorkspace.ZIP_HIERARCHY);

        HierarchyDetails details = viewModel.detailsProperty().get();

        assertEquals("zip", viewModel.selectedColumnProperty().get());
        assertEquals("zips.csv · height 3 · 3 values", details.summary());
        assertEquals(List.of("Level 0 (values)", "Level 1", "Level 2", "Level 3"), details.table().columnNames());
        assertEquals(List.of(3, 2, 2, 1), details.levels().stream().map(l -> l.groups()).toList());
        assertEquals(List.of(1, 1, 1, 6), details.levels().stream().map(l -> l.smallestGroup()).toList());
    }

    @Test
    void importsAndRemovesHierarchiesUndoably() {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        dialogs.choose(zips());

        viewModel.importHierarchy();

        assertEquals(Status.OK, viewModel.selectedProperty().get().status());
        assertEquals("Import hierarchy for zip", undo.undoDescriptionProperty().get());
        viewModel.removeHierarchy();
        assertEquals(Status.MISSING, viewModel.selectedProperty().get().status());
        assertFalse(viewModel.hasHierarchyProperty().get(), "nothing left to export or remove");
        assertTrue(viewModel.editor().suggestedProperty().get(), "a suggestion takes the removed one's place");
        assertEquals("Remove hierarchy of zip", undo.undoDescriptionProperty().get());

        undo.undo();
        assertEquals(Status.OK, viewModel.selectedProperty().get().status());
        assertEquals("Import hierarchy for zip", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals(Status.MISSING, viewModel.selectedProperty().get().status());
        undo.redo();
        assertEquals(Status.OK, viewModel.selectedProperty().get().status());
        assertEquals("Remove hierarchy of zip", undo.redoDescriptionProperty().get());
    }

    @Test
    void refusesToImportAHierarchyThatDoesNotCoverTheColumn() {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        dialogs.choose(PeopleWorkspace.file(folder, "short.csv", PeopleWorkspace.ZIP_HIERARCHY_WITHOUT_10115));

        viewModel.importHierarchy();

        assertEquals(Status.MISSING, viewModel.selectedProperty().get().status());
        assertTrue(dialogs.errors().get(0).text().contains("'10115'"), dialogs.errors().toString());
    }

    @Test
    void exportsAFileThatReadsBackEqual() throws Exception {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        viewModel.importHierarchy("zip", zips());
        Path target = folder.resolve("exported.csv");
        dialogs.choose(target);

        viewModel.exportHierarchy();

        Hierarchy written = HierarchyLoader.read(target);
        Hierarchy assigned = workspace.get().configuration().hierarchy("zip").hierarchy();
        assertEquals(assigned.rows().stream().map(List::of).toList(), written.rows().stream().map(List::of).toList());
        assertEquals("Import hierarchy for zip", undo.undoDescriptionProperty().get(), "exporting changes nothing");
        assertTrue(dialogs.messages().isEmpty(), dialogs.messages().toString());
    }

    @Test
    void keepsTheSelectionWhileTheListChanges() {
        setRole("zip", AttributeRole.QUASI_IDENTIFYING);
        setRole("sex", AttributeRole.QUASI_IDENTIFYING);
        viewModel.selectedColumnProperty().set("sex");
        setRole("age", AttributeRole.QUASI_IDENTIFYING);
        assertEquals("sex", viewModel.selectedProperty().get().column());
        setRole("sex", AttributeRole.INSENSITIVE);
        assertEquals("zip", viewModel.selectedProperty().get().column(), "the first column once sex is gone");
    }
}
