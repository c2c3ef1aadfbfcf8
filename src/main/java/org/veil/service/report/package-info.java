/**
 * The project report: what a privacy officer files with a release — the data, the configuration, the
 * chosen transformation, risk and utility of input and output, the audit summary — gathered in a
 * {@link org.veil.service.report.ProjectReport} and laid out as a PDF by
 * {@link org.veil.service.report.PdfReportWriter}.
 */
package org.veil.service.report;
