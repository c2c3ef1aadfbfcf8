/** Re-identification risk of released data, from its equivalence classes. */
package org.veil.engine.risk;
