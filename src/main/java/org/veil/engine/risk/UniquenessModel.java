package org.veil.engine.risk;

/** The statistical models of population uniqueness, as named in Dankar et al. 2012. */
public enum UniquenessModel {
    /** {@link PitmanModel}: Hoshino 2001. */
    PITMAN("Pitman"),
    /** {@link ZayatzModel}: Zayatz 1991. */
    ZAYATZ("Zayatz"),
    /** {@link SnbModel}: slide negative binomial, Chen &amp; Keller-McNulty 1998. */
    SNB("SNB"),
    /** No model was needed: the sample has no uniques, or is the whole population (π = 1). */
    NONE("None");

    private final String label;

    UniquenessModel(String label) {
        this.label = label;
    }

    /** Display name. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
