package org.veil.service.workspace;

/** What a column is for anonymization. */
public enum AttributeRole {
    /** Identifies a person directly (name, SSN, e-mail): removed from the output. */
    IDENTIFYING("Identifying", "Identifies a person directly (name, record number): removed from the output"),
    /** Identifies a person in combination with other data (ZIP, birth date, sex): generalized. */
    QUASI_IDENTIFYING("Quasi-identifying",
            "Identifies a person together with other columns (ZIP code, birth date, sex): generalized"),
    /** What must be protected from disclosure (diagnosis, income): kept, protected by ℓ-diversity or t-closeness. */
    SENSITIVE("Sensitive", "Must not be disclosed (diagnosis, income): kept, protected by ℓ-diversity or t-closeness"),
    /** Neither: kept unchanged. */
    INSENSITIVE("Insensitive", "Neither identifying nor sensitive: kept unchanged");

    private final String label;
    private final String explanation;

    AttributeRole(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** A sentence for tooltips. */
    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return label;
    }
}
