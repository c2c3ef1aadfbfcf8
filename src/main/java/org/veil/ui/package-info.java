/**
 * The JavaFX workbench: one package per feature with its View and ViewModel. ViewModels hold state
 * as properties and never touch controls; long work runs through {@link org.veil.ui.common.TaskRunner}.
 */
package org.veil.ui;
