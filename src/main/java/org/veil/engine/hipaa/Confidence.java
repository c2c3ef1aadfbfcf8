package org.veil.engine.hipaa;

/** How sure a finding is. */
public enum Confidence {
    /** Column name and values agree, or nearly every sampled value has the identifier's form. */
    HIGH,
    /** Either the column name or most sampled values point to the identifier. */
    MEDIUM,
    /** Only a weak hint, such as a name whose values do not have the expected form: worth a look. */
    LOW
}
