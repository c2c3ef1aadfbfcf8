package org.veil.engine.tradeoff;

/**
 * How one number summarises a release's re-identification risk under the prosecutor model (a
 * record's risk is 1 / the size of its class; suppressed records carry none). The definitions match
 * {@link org.veil.engine.risk.ProsecutorRisk}.
 */
public enum RiskMeasure {

    /** The mean record risk over released records: classes / released records. */
    AVERAGE("Average risk", "Mean prosecutor risk over the released records: classes / released records"),
    /** The risk of the most exposed record: 1 / the smallest released class. */
    HIGHEST("Highest risk", "Prosecutor risk of the most exposed record: 1 / smallest class"),
    /**
     * The share of all records (suppressed ones included, as not at risk) whose risk exceeds the
     * threshold, i.e. that are in classes smaller than 1 / threshold.
     */
    SHARE_AT_RISK("Records at risk", "Share of all records whose prosecutor risk exceeds the threshold"
            + " (suppressed records are not at risk)");

    private final String title;
    private final String description;

    RiskMeasure(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** A short name for a label or an axis, e.g. "Average risk". */
    public String title() {
        return title;
    }

    /** A sentence for the user. */
    public String description() {
        return description;
    }

    /** Whether the measure depends on a risk threshold. */
    public boolean usesThreshold() {
        return this == SHARE_AT_RISK;
    }

    @Override
    public String toString() {
        return title;
    }
}
