package org.veil.ui.privacy;

/** An input of the privacy-model form that can carry its own validation message. */
public enum ModelField {
    /** The model as a whole, e.g. when the same model is already configured. */
    MODEL,
    ATTRIBUTE,
    DISTANCE,
    K,
    L,
    C,
    T,
    RISK,
    UNIQUENESS
}
