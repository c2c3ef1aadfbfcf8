package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.ProjectArchive;
import org.veil.project.ProjectDocument;
import org.veil.service.anonymize.ModelSpec;

/** The committed sample project {@code sample-data/health/patients.veil}; tests run from the repository root. */
class ProjectSampleFileTest {

    @Test
    void theCommittedSampleProjectOpensWithTheSampleConfigurationAndItsOptimum() throws Exception {
        OpenedProject opened = new ProjectService().open(SampleProjectFile.FILE, ProgressListener.NONE,
                CancellationToken.NONE);
        Workspace sample = SampleProjectFile.workspace();

        assertEquals(List.of(), opened.warnings(), "the data is the one the project was saved with");
        Configuration configuration = opened.workspace().configuration();
        assertEquals(sample.configuration().roles(), configuration.roles());
        assertEquals(List.of(new ModelSpec.KAnonymitySpec(5)), configuration.models());
        assertEquals(0.05, configuration.suppressionLimit());
        assertEquals(sample.configuration().hierarchies().keySet(), configuration.hierarchies().keySet());
        assertEquals(SampleProjectFile.optimum(opened.workspace()), opened.transformation());
        assertEquals(Path.of("sample-data", "health", "patients.csv").toAbsolutePath().normalize(),
                opened.workspace().inputFile().toAbsolutePath().normalize());
        assertEquals(sample.dataset().rowCount(), opened.workspace().dataset().rowCount());
    }

    @Test
    void theCommittedSampleProjectReferencesItsDataByARelativePath() throws Exception {
        ProjectDocument.DataReference data;
        try (InputStream in = Files.newInputStream(SampleProjectFile.FILE)) {
            data = ProjectArchive.read(in).document().data();
        }

        assertEquals("patients.csv", data.file());
        assertNull(data.embedded());
    }

    @Test
    void theHealthReadmeSaysHowTheSampleProjectWasMade() throws Exception {
        String readme = Files.readString(Path.of("sample-data", "health", "README.md"));

        assertTrue(readme.contains("patients.veil") && readme.contains("-Dveil.writeSampleProject=true"), readme);
    }

    /**
     * Writes the sample project again, on request only:
     * {@code mvn -o test -Dtest=ProjectSampleFileTest -Dveil.writeSampleProject=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "veil.writeSampleProject", matches = "true")
    void writeTheSampleProject() throws Exception {
        SampleProjectFile.write(SampleProjectFile.FILE);

        assertTrue(Files.isRegularFile(SampleProjectFile.FILE));
    }
}
