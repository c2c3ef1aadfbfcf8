/**
 * Auditor mode: a project opened read-only in a window of its own, beside the workspace, with its
 * integrity checks, its configuration and its audit trail. Nothing in it can be changed.
 */
package org.veil.ui.auditor;
