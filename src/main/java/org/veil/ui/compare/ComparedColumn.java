package org.veil.ui.compare;

/**
 * One column of the comparison, in input order: where it is in the input and in the output
 * ({@code -1} once removed) and what its role did to it.
 *
 * @param level  the generalization level of a quasi-identifier, else 0
 * @param height the height of a quasi-identifier's hierarchy, else 0
 */
public record ComparedColumn(String name, Role role, int inputIndex, int outputIndex, int level, int height) {

    public enum Role { IDENTIFIER, QUASI_IDENTIFIER, SENSITIVE, OTHER }

    public boolean removed() {
        return outputIndex < 0;
    }

    /** What the input table's header says under the name. */
    public String inputTag() {
        return switch (role) {
            case IDENTIFIER -> "identifier";
            case QUASI_IDENTIFIER -> "quasi-identifier";
            case SENSITIVE -> "sensitive";
            case OTHER -> "kept";
        };
    }

    /** What the output table's header says under the name. */
    public String outputTag() {
        return switch (role) {
            case IDENTIFIER -> "removed";
            case QUASI_IDENTIFIER -> level == 0 ? "not generalized" : "level " + level + " of " + height;
            case SENSITIVE, OTHER -> "unchanged";
        };
    }

    /** A sentence for the header's tooltip. */
    public String explanation() {
        return switch (role) {
            case IDENTIFIER -> "'" + name + "' identifies people directly, so it is removed from the output.";
            case QUASI_IDENTIFIER -> "'" + name + "' is a quasi-identifier: generalized to level " + level + " of "
                    + height + "; in suppressed records it is replaced by *.";
            case SENSITIVE -> "'" + name + "' is sensitive: released unchanged and protected by the privacy models.";
            case OTHER -> "'" + name + "' is released unchanged.";
        };
    }
}
