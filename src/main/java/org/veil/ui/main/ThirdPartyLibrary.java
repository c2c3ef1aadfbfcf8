package org.veil.ui.main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A library that ships with Veil, as the build lists it for Help › About.
 *
 * @param artifact {@code groupId:artifactId}
 * @param licence the licence names its POM gives, separated by "; "
 */
public record ThirdPartyLibrary(String name, String artifact, String version, String licence, String url) {

    /** Written at every build by license-maven-plugin from the runtime dependencies (pom.xml, src/license/). */
    static final String RESOURCE = "third-party.tsv";

    /** Every library that ships with Veil; empty when the classes were not built by Maven. */
    public static List<ThirdPartyLibrary> shipped() {
        try (InputStream in = ThirdPartyLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ThirdPartyLibrary::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the list: name, artifact, version, licence and URL, separated by tabs. */
    static ThirdPartyLibrary parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4) {
            throw new IllegalArgumentException("Not a line of the third-party list: " + line);
        }
        return new ThirdPartyLibrary(fields[0], fields[1], fields[2], fields[3], fields.length > 4 ? fields[4] : "");
    }
}
