package org.veil.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VeilCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Veil " + (version == null ? "development build" : version)};
    }
}
