/**
 * The anonymization core, pure Java: dictionary-encoded datasets, hierarchies, privacy models,
 * search, metrics, risk and utility analysis. Knows no file format and no UI; fast and
 * allocation-aware. See docs/adr/0001-layers.md.
 */
package org.veil.engine;
