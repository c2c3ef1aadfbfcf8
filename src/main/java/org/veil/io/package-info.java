/**
 * File formats: reading datasets (CSV, Excel) into the engine's dataset and writing them back,
 * with errors that name the file, line and column. Writes are atomic; inputs are never modified.
 */
package org.veil.io;
