package org.veil.ui.privacy;

import java.util.function.UnaryOperator;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;

/** The sample project, read once for all tests of the package: diagnosis sensitive with a hierarchy, 5-anonymity. */
final class SampleWorkspace {

    private static Workspace sample;

    private SampleWorkspace() {
    }

    static synchronized Workspace get() {
        if (sample == null) {
            try {
                sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return sample;
    }

    /** The sample's configuration, changed. */
    static Configuration configuration(UnaryOperator<Configuration> change) {
        return change.apply(get().configuration());
    }
}
