package org.veil.engine.privacy;

/**
 * What dataset-level models look at, after suppression so far.
 *
 * @param records         all records of the input (N)
 * @param retainedRecords records not suppressed
 * @param retainedClasses classes not suppressed
 * @param uniqueRecords   retained records in classes of size 1
 */
public record DatasetStatistics(int records, int retainedRecords, int retainedClasses, int uniqueRecords) {
}
