package org.veil.engine.privacy;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * A class-level model prepared for tiny inputs written as {@code "A:x"} records (class A, sensitive
 * value x): the bottom classes are the class letters, numbered by first record.
 */
final class ClassChecks {

    final EncodedInput input;
    final ClassTable table;
    final ClassLevelModel.ClassCheck check;

    private ClassChecks(EncodedInput input, ClassLevelModel model) throws HierarchyException {
        this.input = input;
        this.table = ClassTables.bottom(input).table();
        this.check = model.prepare(input);
    }

    static ClassChecks of(ClassLevelModel model, String... records) throws HierarchyException {
        return new ClassChecks(TinyInputs.classes(records), model);
    }

    static ClassChecks of(ClassLevelModel model, EncodedInput input) throws HierarchyException {
        return new ClassChecks(input, model);
    }

    boolean satisfies(int c) {
        return check.satisfies(table, c);
    }

    double minimumViolatingShare(int c) {
        return check.minimumViolatingShare(table, c);
    }
}
