package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.explore.SolutionTableModel.Field;
import org.veil.ui.explore.SolutionTableModel.Kind;
import org.veil.ui.explore.SolutionTableModel.SortKey;
import org.veil.ui.workspace.AnonymizationModel;

class SolutionTableModelTest {

    private static final Field AGE = new Field(Kind.LEVEL, 0);
    private static final Field ZIP = new Field(Kind.LEVEL, 1);

    private final SolutionTableModel model = new SolutionTableModel();
    private SolutionSpace space;

    @BeforeEach
    void run() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25),
                new SameThreadTaskRunner());
        anonymization.run();
        space = anonymization.outcomeProperty().get().result().space();
        model.show(space, List.of("age", "zip"), "Loss");
    }

    @Test
    void showsEveryTransformationInNodeOrderWithAColumnPerQuasiIdentifier() {
        assertEquals(16, model.rows().size());
        for (int row = 0; row < 16; row++) {
            assertEquals(row, model.rows().get(row));
        }
        assertEquals(List.of("age", "zip", "Height", "State", "Loss", "Suppressed"),
                model.fields().stream().map(model::header).toList());
        assertEquals("16 of 16 transformations", model.countProperty().get());
    }

    @Test
    void filtersByState() {
        model.stateFilterProperty().set(StateFilter.ANONYMOUS);
        int anonymous = space.count(NodeState.ANONYMOUS) + space.count(NodeState.ANONYMOUS_INFERRED);
        assertEquals(anonymous, model.rows().size());
        model.rows().forEach(node -> assertTrue(space.state(node).isAnonymous()));

        model.stateFilterProperty().set(StateFilter.NOT_ANONYMOUS);
        model.rows().forEach(node -> assertFalse(space.state(node).isAnonymous() || !space.state(node).isKnown()));

        model.stateFilterProperty().set(StateFilter.NOT_CHECKED);
        assertEquals(space.count(NodeState.NOT_CHECKED), model.rows().size());
    }

    @Test
    void filtersByLevelsAndSaysWhenTheFilterIsNotUnderstood() {
        model.textFilterProperty().set("age=1");
        assertEquals(4, model.rows().size());
        assertEquals("4 of 16 transformations", model.countProperty().get());
        model.rows().forEach(node -> assertEquals("1", model.text(node, AGE)));

        model.textFilterProperty().set("age=1 ethnicity=2");
        assertTrue(model.filterErrorProperty().get().contains("'ethnicity' is no quasi-identifier"));
        assertEquals(16, model.rows().size(), "an unreadable filter filters nothing");

        model.textFilterProperty().set("a>=2 z<1");
        assertEquals("", model.filterErrorProperty().get());
        assertEquals(2, model.rows().size());
    }

    @Test
    void sortsByMetricWithValuesNotComputedLastEitherWay() {
        for (boolean ascending : new boolean[] {true, false}) {
            model.sortBy(List.of(new SortKey(new Field(Kind.METRIC, -1), ascending)));

            List<Double> values = new ArrayList<>();
            model.rows().forEach(node -> values.add(space.value(node)));
            int computed = (int) values.stream().filter(v -> !v.isNaN()).count();
            for (int i = 1; i < computed; i++) {
                assertTrue(ascending ? values.get(i - 1) <= values.get(i) : values.get(i - 1) >= values.get(i));
            }
            values.subList(computed, values.size()).forEach(v -> assertTrue(v.isNaN()));
        }
    }

    @Test
    void sortsBySeveralColumnsTheFirstDecidingMost() {
        model.sortBy(List.of(new SortKey(ZIP, false), new SortKey(AGE, true)));

        List<String> order = model.rows().stream().map(n -> model.text(n, ZIP) + model.text(n, AGE)).toList();
        assertEquals(List.of("30", "31", "32", "33", "20", "21", "22", "23", "10", "11", "12", "13", "00", "01", "02",
                "03"), order);

        model.sortBy(List.of());
        assertEquals(0, model.rows().get(0));
    }

    @Test
    void findsTheRowOfATransformation() {
        model.sortBy(List.of(new SortKey(new Field(Kind.HEIGHT, -1), false)));
        assertEquals(0, model.rowOf(15));
        assertEquals(15, model.rowOf(0));

        model.textFilterProperty().set("age=0");
        assertEquals(-1, model.rowOf(15), "filtered out");
    }

    @Test
    void showsNothingWithoutASpace() {
        model.show(null, List.of(), "");
        assertEquals(0, model.rows().size());
        assertEquals("", model.countProperty().get());
        assertEquals(List.of(), model.headersProperty().get());
    }

    @Test
    void announcesNewColumnsWhenTheQuasiIdentifiersChange() {
        List<List<String>> announced = new ArrayList<>();
        model.headersProperty().addListener((o, old, now) -> announced.add(now));

        model.show(space, List.of("age", "zip"), "Loss");
        model.show(space, List.of("years", "zip"), "Loss");

        assertEquals(List.of(List.of("years", "zip", "Height", "State", "Loss", "Suppressed")), announced);
    }
}
