/**
 * The state the workbench's steps share: the workspace being edited with its undo history, and the
 * anonymization of it with the selected solution. Feature packages depend on this, never on each
 * other or on the main window.
 */
package org.veil.ui.workspace;
