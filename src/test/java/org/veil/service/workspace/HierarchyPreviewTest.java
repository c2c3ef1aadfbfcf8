package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.risk.LevelPreview;
import org.veil.service.anonymize.ModelSpec;

class HierarchyPreviewTest {

    /** Ages of the six people: under 40 (29, 34, 35), 40 and over (41, 41), and 'unknown'. */
    private static final Hierarchy AGES = hierarchy("29;<40;*", "34;<40;*", "35;<40;*", "41;≥40;*",
            "unknown;unknown;*");

    private static Hierarchy hierarchy(String... rows) {
        List<String[]> split = new ArrayList<>();
        for (String row : rows) {
            split.add(row.split(";", -1));
        }
        try {
            return Hierarchy.of(split);
        } catch (HierarchyException e) {
            throw new AssertionError(e);
        }
    }

    /** zip (with a hierarchy) and sex (without) quasi-identifying; age is what the previews vary. */
    private static Workspace people() {
        Workspace workspace = PeopleWorkspace.create();
        Configuration configuration = workspace.configuration()
                .withRole("zip", AttributeRole.QUASI_IDENTIFYING)
                .withRole("sex", AttributeRole.QUASI_IDENTIFYING)
                .withRole("age", AttributeRole.QUASI_IDENTIFYING)
                .withHierarchy("zip", new AssignedHierarchy(hierarchy(PeopleWorkspace.ZIP_HIERARCHY.split("\n")),
                        "zip.csv"));
        return workspace.withConfiguration(configuration);
    }

    private static HierarchyPreview.Result preview(Workspace workspace, Map<String, Integer> otherLevels) {
        return HierarchyPreview.of(workspace, "age", AGES, otherLevels, CancellationToken.NONE);
    }

    @Test
    void previewsEveryLevelWithTheOtherQuasiIdentifiersAtTheirSelectedLevels() {
        // zip at 100** / 101**, sex as it is: (100**, female) holds Ann, Dee, Eve once age is *
        HierarchyPreview.Result result = preview(people(), Map.of("zip", 2));

        assertEquals(2, result.k(), "no k-anonymity model: the small classes are the unique records");
        assertEquals(List.of(
                new LevelPreview.Level(0, 5, 4, 4 / 6.0),
                new LevelPreview.Level(1, 5, 4, 4 / 6.0),
                new LevelPreview.Level(2, 3, 1, 1 / 6.0)), result.levels());
    }

    @Test
    void leavesQuasiIdentifiersWithoutAHierarchyAtTheirOriginalValues() {
        // sex has no hierarchy, so its selected level is ignored; zip left out of the levels is at 0
        HierarchyPreview.Result result = preview(people(), Map.of("sex", 1));

        assertEquals(List.of(5, 5, 5), result.levels().stream().map(LevelPreview.Level::classes).toList(),
                "at age *: (10001, female), (10001, male), (10002, male), (10002, female) ×2, (10115, female);"
                        + " sex at * would make 3");
        assertEquals(4, result.levels().get(2).recordsInSmallClasses());
    }

    @Test
    void takesALevelAboveTheTopOfAChangedHierarchyAsItsTop() {
        HierarchyPreview.Result result = preview(people(), Map.of("zip", 9));
        assertEquals(preview(people(), Map.of("zip", 3)), result);
        assertEquals(new LevelPreview.Level(2, 2, 0, 0), result.levels().get(2), "age and zip at *: women and men");
    }

    @Test
    void countsClassesSmallerThanTheLargestKOfTheKAnonymityModels() {
        Workspace workspace = people();
        workspace = workspace.withConfiguration(workspace.configuration()
                .withModelAdded(new ModelSpec.KAnonymitySpec(3)).withModelAdded(new ModelSpec.KAnonymitySpec(2)));

        HierarchyPreview.Result result = preview(workspace, Map.of("zip", 2));

        assertEquals(3, result.k());
        assertEquals(3, result.levels().get(2).recordsInSmallClasses(), "the two men and Fay at 101**");
    }

    @Test
    void previewsTheCandidateInsteadOfTheAssignedHierarchyWhateverTheColumnsRole() {
        Workspace workspace = people();
        Hierarchy flat = hierarchy("29;*", "34;*", "35;*", "41;*", "unknown;*");
        workspace = workspace.withConfiguration(workspace.configuration().withRole("age", AttributeRole.INSENSITIVE)
                .withHierarchy("age", new AssignedHierarchy(flat, "flat")));

        assertEquals(preview(people(), Map.of("zip", 2)), preview(workspace, Map.of("zip", 2)));
    }

    @Test
    void refusesACandidateThatDoesNotCoverTheData() {
        Hierarchy withoutUnknown = hierarchy("29;*", "34;*", "35;*", "41;*");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HierarchyPreview.of(people(), "age", withoutUnknown, Map.of(), CancellationToken.NONE));
        assertTrue(e.getMessage().contains("'unknown'"), e.getMessage());
    }
}
