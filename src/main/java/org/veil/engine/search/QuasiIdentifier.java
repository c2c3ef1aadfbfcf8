package org.veil.engine.search;

import org.veil.engine.hierarchy.Hierarchy;

/** A quasi-identifying column and the hierarchy that generalizes it. */
public record QuasiIdentifier(String column, Hierarchy hierarchy) {
}
