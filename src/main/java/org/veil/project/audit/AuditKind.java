package org.veil.project.audit;

/** What an audit entry records. */
public enum AuditKind {
    /** Data imported into a fresh workspace. */
    IMPORT,
    /** A column's role changed. */
    ROLE,
    /** A column's data type changed. */
    TYPE,
    /** A hierarchy assigned, built, edited or removed. */
    HIERARCHY,
    /** A privacy model added, edited or removed. */
    MODEL,
    /** Another setting: suppression limit, metric. */
    SETTING,
    /** An anonymization run finished. */
    RUN,
    /** A solution selected. */
    SOLUTION,
    /** Data exported to a file. */
    EXPORT,
    /** The project saved. */
    SAVE,
    /** The project opened. */
    OPEN,
    /** Anything else. */
    OTHER
}
