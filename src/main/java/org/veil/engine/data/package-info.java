/**
 * The in-memory dataset: immutable, column-wise, each column dictionary-encoded (distinct values
 * once, one int code per row), with a data type per column inferred from its distinct values.
 */
package org.veil.engine.data;
