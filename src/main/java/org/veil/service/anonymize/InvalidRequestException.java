package org.veil.service.anonymize;

import java.util.List;

/**
 * An anonymization request that cannot run: columns missing from the data, hierarchies that do not
 * cover their column, overlapping roles, no model. {@link #problems()} lists every problem found;
 * the message joins them on one line.
 */
public final class InvalidRequestException extends Exception {

    private final List<String> problems;

    public InvalidRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
