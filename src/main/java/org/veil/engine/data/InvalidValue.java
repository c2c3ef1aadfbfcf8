package org.veil.engine.data;

/** A value that is not valid under a column's chosen type, and how many rows hold it. */
public record InvalidValue(String value, int rows) {
}
