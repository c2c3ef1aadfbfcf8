package org.veil.engine.hipaa;

import java.util.List;
import java.util.Objects;

/**
 * One column holding (or probably holding) one kind of Safe Harbor identifier.
 *
 * @param column     the column's name
 * @param kind       the kind of identifier
 * @param confidence how sure the finding is
 * @param evidence   why, one sentence each, e.g. {@code column name matches 'email'} or
 *                   {@code 97% of 1,000 sampled values look like e-mail addresses}
 * @param advice     what Safe Harbor asks for this column, for the user
 * @param fix        the suggested change: remove the column or generalize it
 */
public record Finding(String column, IdentifierKind kind, Confidence confidence, List<String> evidence,
        String advice, SuggestedFix fix) {

    public Finding {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(fix, "fix");
    }

    /** E.g. {@code email: (F) E-mail addresses [HIGH] — column name matches 'email'; 100% of …}. */
    @Override
    public String toString() {
        return column + ": " + kind + " [" + confidence + "] — " + String.join("; ", evidence);
    }
}
