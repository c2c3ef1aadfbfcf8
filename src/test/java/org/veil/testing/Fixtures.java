package org.veil.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.veil.io.InputSource;

/** Test fixtures under {@code src/test/resources}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String resource) {
        URL url = Fixtures.class.getResource(resource.startsWith("/") ? resource : "/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputSource source(String resource) {
        return InputSource.of(path(resource));
    }
}
