/**
 * The audit trail of the project: a table of every recorded action with filters by kind and date,
 * and whether the trail's hash chain holds. Depends on the shared models only.
 */
package org.veil.ui.audit;
