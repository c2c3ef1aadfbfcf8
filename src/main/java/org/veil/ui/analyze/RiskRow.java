package org.veil.ui.analyze;

/** One measure of the Analyze table, for the input and for the selected output, with what it means. */
public record RiskRow(String measure, String input, String output, String explanation) {
}
