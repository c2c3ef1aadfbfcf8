package org.veil.project;

import java.util.List;
import java.util.Map;

/**
 * The contents of {@code project.json} in a {@code .veil} file: everything a privacy officer decided,
 * so an auditor can see it and Veil can replay it. Plain data, no behaviour; see
 * docs/project-format.md for every field.
 *
 * @param format          always {@link #FORMAT}
 * @param version         the format version the file was written in
 * @param data            the dataset the project works on (by reference)
 * @param columns         every column of the dataset, in order, with its role and type
 * @param hierarchies     the hierarchies assigned, by column
 * @param models          the privacy models
 * @param suppressionLimit the largest share of records that may be suppressed
 * @param metric          the metric minimised ({@code loss}, {@code entropy}, …)
 * @param transformation  the chosen transformation (quasi-identifier → level), or empty
 * @param notes           the user's notes
 * @param auditHead       the hash of the audit trail's last entry when saved ({@code 64 zeros} for an empty
 *                        trail), or null for projects of format version 1
 */
public record ProjectDocument(String format, int version, DataReference data, List<ColumnEntry> columns,
        Map<String, HierarchyEntry> hierarchies, List<ModelEntry> models, double suppressionLimit, String metric,
        Map<String, Integer> transformation, String notes, String auditHead) {

    public static final String FORMAT = "veil-project";

    /** The version this build writes. */
    public static final int CURRENT_VERSION = 2;

    /** This document with another audit head. */
    public ProjectDocument withAuditHead(String head) {
        return new ProjectDocument(format, version, data, columns, hierarchies, models, suppressionLimit, metric,
                transformation, notes, head);
    }

    /**
     * The dataset: where it was (or the entry holding it, when embedded), its SHA-256 and size to
     * tell whether it changed, and how it was read.
     *
     * @param file     the path, relative to the project file when it lies below it, else absolute;
     *                 null when the data is embedded
     * @param embedded the ZIP entry holding the data's bytes, or null
     * @param read     how to read it again: {@code kind} {@code csv} or {@code excel} and its options
     */
    public record DataReference(String file, String embedded, String sha256, long size, Map<String, Object> read) {
    }

    /** A column: its name, role ({@code IDENTIFYING}, …), data type and, for dates, its pattern. */
    public record ColumnEntry(String name, String role, String type, String pattern) {
    }

    /**
     * A hierarchy: the ZIP entry holding its rows as CSV, where it came from, and the settings of the
     * builder that made it, if one did (so it can be reopened in the builder).
     */
    public record HierarchyEntry(String entry, String source, Map<String, Object> builder) {
    }

    /** A privacy model in the command-line syntax: {@code kind} {@code k}, {@code l}, {@code t}, {@code risk} or {@code uniqueness}. */
    public record ModelEntry(String kind, String spec) {
    }
}
