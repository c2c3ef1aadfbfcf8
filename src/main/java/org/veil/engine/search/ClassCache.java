package org.veil.engine.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.lattice.Lattice;

/**
 * Keeps class tables of transformations already formed, within a memory budget, so the classes of
 * a new transformation are rolled up from the smallest table of a transformation below it instead
 * of being formed from the records. The bottom table is always kept. Thread-safe.
 */
final class ClassCache {

    private static final int MAX_ENTRIES = 256;

    private final EncodedInput input;
    private final Lattice lattice;
    private final ClassTable bottom;
    private final long budgetBytes;
    private final LinkedHashMap<Integer, ClassTable> tables = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long rolledUpClasses;

    ClassCache(EncodedInput input, Lattice lattice, ClassTable bottom, long budgetBytes) {
        this.input = input;
        this.lattice = lattice;
        this.bottom = bottom;
        this.budgetBytes = budgetBytes;
    }

    ClassTable bottom() {
        return bottom;
    }

    EncodedInput input() {
        return input;
    }

    /** The classes of a transformation, from the cache or rolled up from the best table below it. */
    ClassTable tableFor(int node) {
        if (node == lattice.bottom()) {
            return bottom;
        }
        ClassTable source;
        synchronized (this) {
            ClassTable cached = tables.get(node);
            if (cached != null) {
                return cached;
            }
            source = smallestBelow(node);
            rolledUpClasses += source.size();
        }
        ClassTable table = ClassTables.rollUp(source, lattice.levels(node), input).table();
        remember(node, table);
        return table;
    }

    private ClassTable smallestBelow(int node) {
        ClassTable best = bottom;
        for (Map.Entry<Integer, ClassTable> entry : tables.entrySet()) {
            if (entry.getValue().size() < best.size() && lattice.isGeneralizationOf(node, entry.getKey())) {
                best = entry.getValue();
            }
        }
        return best;
    }

    private synchronized void remember(int node, ClassTable table) {
        if (tables.containsKey(node) || table.bytes() > budgetBytes / 4) {
            return;
        }
        tables.put(node, table);
        bytes += table.bytes();
        Iterator<Map.Entry<Integer, ClassTable>> oldest = tables.entrySet().iterator();
        while ((bytes > budgetBytes || tables.size() > MAX_ENTRIES) && oldest.hasNext()) {
            bytes -= oldest.next().getValue().bytes();
            oldest.remove();
        }
    }

    /** Classes read while rolling up, a measure of the work done. */
    synchronized long rolledUpClasses() {
        return rolledUpClasses;
    }
}
