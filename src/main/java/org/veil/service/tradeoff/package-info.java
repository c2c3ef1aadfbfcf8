/**
 * The risk/utility trade-off of an anonymization's solution space, and exporting its points as
 * CSV for further analysis (R, Python, a spreadsheet).
 */
package org.veil.service.tradeoff;
