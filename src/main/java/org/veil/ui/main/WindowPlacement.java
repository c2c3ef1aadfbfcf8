package org.veil.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.veil.ui.common.UserSettings;

/**
 * Remembers the main window's size and position between sessions, and restores them only if the
 * window would still be visible (a screen may have been unplugged since).
 */
public final class WindowPlacement {

    private final UserSettings settings;

    public WindowPlacement(UserSettings settings) {
        this.settings = settings;
    }

    public void restore(Stage stage) {
        double x = number("window.x");
        double y = number("window.y");
        double width = number("window.width");
        double height = number("window.height");
        if (Double.isNaN(x) || Double.isNaN(width) || width < 400 || height < 300) {
            return;
        }
        if (Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            return;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
    }

    /** Saves the placement whenever the window closes. */
    public void rememberOnClose(Stage stage) {
        stage.setOnHiding(e -> {
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.put("window.x", Double.toString(stage.getX()));
                settings.put("window.y", Double.toString(stage.getY()));
                settings.put("window.width", Double.toString(stage.getWidth()));
                settings.put("window.height", Double.toString(stage.getHeight()));
            }
        });
    }

    private double number(String key) {
        try {
            return Double.parseDouble(settings.get(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
