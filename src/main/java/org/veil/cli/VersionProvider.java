package org.veil.cli;

import org.veil.service.VeilVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the same version the workbench's About dialog shows. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Veil " + VeilVersion.current()};
    }
}
