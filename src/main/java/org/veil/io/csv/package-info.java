/** Delimited text: format detection, streaming import, export with CSV-injection protection. */
package org.veil.io.csv;
