package org.veil.engine.hierarchy;

import java.util.List;

/**
 * A hierarchy that cannot be used: malformed, not a tree, or not covering the data. The message
 * says what is wrong and where; {@link #problems()} lists every problem found, not just the first.
 */
public final class HierarchyException extends Exception {

    private final List<String> problems;

    public HierarchyException(String summary, List<String> problems) {
        super(problems.isEmpty() ? summary : summary + ": " + String.join("; ", problems.subList(0,
                Math.min(problems.size(), 10))) + (problems.size() > 10 ? "; … (" + problems.size() + " in all)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
