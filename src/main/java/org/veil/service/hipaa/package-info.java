/**
 * The HIPAA Safe Harbor check on a workspace: the findings of {@link org.veil.engine.hipaa.SafeHarborScanner}
 * with each column's current role, and the fixes that change the configuration (remove a column, or
 * generalize it with the suggested hierarchy).
 */
package org.veil.service.hipaa;
