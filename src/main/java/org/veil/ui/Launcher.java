package org.veil.ui;

import javafx.application.Application;

/**
 * Starts the workbench. A main class that is not an {@link Application} lets Veil run from a plain
 * class path, where JavaFX refuses to launch an Application subclass directly.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(VeilApp.class, args);
    }
}
