package org.veil.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * Small settings that outlive the session (recent files, window placement). The workbench keeps
 * them in the user's preferences; tests keep them in memory.
 */
public interface UserSettings {

    String get(String key, String fallback);

    void put(String key, String value);

    /** Settings in the Java preferences of the current user (the registry on Windows, a file elsewhere). */
    static UserSettings preferences() {
        Preferences node = Preferences.userRoot().node("org/veil/workbench");
        return new UserSettings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** Settings that live as long as the object. */
    static UserSettings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new UserSettings() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
