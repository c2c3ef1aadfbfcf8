package org.veil.ui.explore;

import java.util.List;
import java.util.function.IntSupplier;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.explore.SolutionTableModel.SortKey;

/**
 * The order of the table's sort keys over node numbers. Values not computed (metric, suppressed
 * records) come last in either direction; ties keep node order.
 */
final class NodeOrder {

    private final SolutionSpace space;
    private final List<SortKey> keys;

    NodeOrder(SolutionSpace space, List<SortKey> keys) {
        this.space = space;
        this.keys = keys;
    }

    int compare(int a, int b) {
        for (SortKey key : keys) {
            int result = compare(a, b, key);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a, b);
    }

    private int compare(int a, int b, SortKey key) {
        Lattice lattice = space.lattice();
        return switch (key.field().kind()) {
            case LEVEL -> directed(Integer.compare(lattice.level(a, key.field().dimension()),
                    lattice.level(b, key.field().dimension())), key);
            case HEIGHT -> directed(Integer.compare(lattice.heightOf(a), lattice.heightOf(b)), key);
            case STATE -> directed(space.state(a).compareTo(space.state(b)), key);
            case METRIC -> missingLast(Double.isNaN(space.value(a)), Double.isNaN(space.value(b)),
                    () -> directed(Double.compare(space.value(a), space.value(b)), key));
            case SUPPRESSED -> missingLast(space.suppressedRecords(a) < 0, space.suppressedRecords(b) < 0,
                    () -> directed(Integer.compare(space.suppressedRecords(a), space.suppressedRecords(b)), key));
        };
    }

    private static int directed(int comparison, SortKey key) {
        return key.ascending() ? comparison : -comparison;
    }

    private static int missingLast(boolean aMissing, boolean bMissing, IntSupplier both) {
        if (aMissing || bMissing) {
            return Boolean.compare(aMissing, bMissing);
        }
        return both.getAsInt();
    }
}
