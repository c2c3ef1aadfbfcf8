package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;

class LevelPreviewTest {

    /** Six people; ages 29, 34, 35 are 20-39 and 41, 41, 52 are 40-59 on level 1. */
    private static final Dataset PEOPLE = TinyInputs.dataset("age;sex",
            "34;female", "35;male", "41;female", "41;female", "29;female", "52;male");

    private static Map<String, Hierarchy> quasiIdentifiers() throws HierarchyException {
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        qis.put("age", TinyInputs.hierarchy("29;20-39;*", "34;20-39;*", "35;20-39;*", "41;40-59;*", "52;40-59;*"));
        qis.put("sex", TinyInputs.hierarchy("female;*", "male;*"));
        return qis;
    }

    private static List<LevelPreview.Level> preview(Map<String, Integer> otherLevels, int k) throws HierarchyException {
        return LevelPreview.of(PEOPLE, quasiIdentifiers(), otherLevels, "age", k, CancellationToken.NONE);
    }

    @Test
    void countsClassesRecordsInSmallClassesAndUniquesOnEveryLevelWithTheOthersAtLevel0() throws HierarchyException {
        // level 0: (34,f) (35,m) (41,f)×2 (29,f) (52,m); level 1: (20-39,f)×2 (20-39,m) (40-59,f)×2 (40-59,m);
        // level 2: (*,f)×4 (*,m)×2
        assertEquals(List.of(
                new LevelPreview.Level(0, 5, 4, 4 / 6.0),
                new LevelPreview.Level(1, 4, 2, 2 / 6.0),
                new LevelPreview.Level(2, 2, 0, 0)), preview(Map.of(), 2));
    }

    @Test
    void keepsTheOtherQuasiIdentifiersAtTheLevelsGiven() throws HierarchyException {
        // sex at * : level 1 has 20-39 ×3 and 40-59 ×3
        assertEquals(List.of(
                new LevelPreview.Level(0, 5, 4, 4 / 6.0),
                new LevelPreview.Level(1, 2, 0, 0),
                new LevelPreview.Level(2, 1, 0, 0)), preview(Map.of("sex", 1), 2));
    }

    @Test
    void countsTheRecordsOfEveryClassSmallerThanK() throws HierarchyException {
        List<LevelPreview.Level> levels = preview(Map.of(), 3);
        assertEquals(List.of(6, 6, 2), levels.stream().map(LevelPreview.Level::recordsInSmallClasses).toList(),
                "classes of 2 are small for k = 3; at the top only the two men are");
    }

    @Test
    void ignoresALevelGivenForThePreviewedColumnItself() throws HierarchyException {
        assertEquals(preview(Map.of("sex", 1), 2), preview(Map.of("sex", 1, "age", 2), 2));
    }

    @Test
    void generalizesMissingValuesThroughTheHierarchysRowForTheEmptyValue() throws HierarchyException {
        DatasetBuilder builder = new DatasetBuilder(List.of("zip", "sex"), 3);
        builder.addRow("10001", "female");
        builder.addRow(null, "female");
        builder.addRow("10002", "female");
        Dataset data = builder.build();
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        qis.put("zip", TinyInputs.hierarchy("10001;1000*", "10002;1000*", ";1000*"));
        qis.put("sex", TinyInputs.hierarchy("female;*"));

        List<LevelPreview.Level> levels = LevelPreview.of(data, qis, Map.of(), "zip", 2, CancellationToken.NONE);

        assertEquals(List.of(new LevelPreview.Level(0, 3, 3, 1), new LevelPreview.Level(1, 1, 0, 0)), levels);
    }

    @Test
    void previewsAColumnWhoseHierarchyHasNoLevelAboveTheValues() throws HierarchyException {
        Map<String, Hierarchy> qis = quasiIdentifiers();
        qis.put("sex", TinyInputs.hierarchy("female", "male"));
        assertEquals(List.of(new LevelPreview.Level(0, 2, 0, 0)),
                LevelPreview.of(PEOPLE, qis, Map.of("age", 2), "sex", 2, CancellationToken.NONE));
    }

    @Test
    void saysWhichValuesTheHierarchyDoesNotCover() throws HierarchyException {
        Map<String, Hierarchy> qis = quasiIdentifiers();
        qis.put("age", TinyInputs.hierarchy("29;*", "34;*", "35;*", "41;*"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LevelPreview.of(PEOPLE, qis, Map.of(), "age", 2, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("'age'") && e.getMessage().contains("'52'"), e.getMessage());
    }

    @Test
    void refusesLevelsOutsideTheHierarchyAndColumnsThatAreNoQuasiIdentifier() throws HierarchyException {
        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> preview(Map.of("sex", 2), 2));
        assertTrue(tooHigh.getMessage().contains("level 2 of 'sex'"), tooHigh.getMessage());
        assertThrows(IllegalArgumentException.class, () -> preview(Map.of("zip", 1), 2));
        assertThrows(IllegalArgumentException.class,
                () -> LevelPreview.of(PEOPLE, Map.of("sex", quasiIdentifiers().get("sex")), Map.of(), "age", 2,
                        CancellationToken.NONE));
        assertThrows(IllegalArgumentException.class, () -> preview(Map.of(), 0));
    }

    @Test
    void stopsWhenCancelled() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(CancelledException.class,
                () -> LevelPreview.of(PEOPLE, quasiIdentifiers(), Map.of(), "age", 2, cancel));
    }

    @Test
    void dataWithoutRecordsHasNoClassesAndNoUniques() throws HierarchyException {
        Dataset empty = new DatasetBuilder(List.of("age", "sex"), 0).build();
        assertEquals(List.of(new LevelPreview.Level(0, 0, 0, 0), new LevelPreview.Level(1, 0, 0, 0),
                new LevelPreview.Level(2, 0, 0, 0)),
                LevelPreview.of(empty, quasiIdentifiers(), Map.of(), "age", 2, CancellationToken.NONE));
    }
}
