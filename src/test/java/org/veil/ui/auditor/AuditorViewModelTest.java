package org.veil.ui.auditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.ProjectVerification;
import org.veil.ui.auditor.AuditorViewModel.CheckRow;
import org.veil.ui.auditor.AuditorViewModel.Setting;
import org.veil.ui.auditor.AuditorViewModel.Status;
import org.veil.ui.common.SameThreadTaskRunner;

/** Auditor mode on the shipped sample project, as given and with its audit trail tampered with. */
class AuditorViewModelTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final Path PROJECT = HEALTH.resolve("patients.veil");

    private final AuditorViewModel viewModel = new AuditorViewModel(new ProjectService(), new ProjectVerification(),
            new SameThreadTaskRunner());

    @Test
    void theSampleProjectPassesEveryCheckAndTheRerunReproducesTheExport() {
        viewModel.open(PROJECT);

        assertTrue(viewModel.loadedProperty().get());
        List<CheckRow> checks = viewModel.checks();
        assertTrue(checks.get(0).text().startsWith("The project reads: patients.csv, 20000 records"), checks.toString());
        assertTrue(checks.stream().limit(checks.size() - 1).allMatch(c -> c.status() == Status.HOLDS), checks.toString());
        assertEquals(new CheckRow(Status.PENDING, AuditorViewModel.RERUN_PENDING), checks.get(checks.size() - 1));
        assertTrue(viewModel.allHoldProperty().get());
        assertEquals("Audit \u2014 patients.veil", viewModel.titleProperty().get());

        assertEquals("20,000", value("Rows"), "counts are grouped as in the main window");
        assertEquals("Quasi-identifying", value("Column zip"));
        assertEquals("Identifying", value("Column ssn"));
        assertTrue(value("Hierarchy zip").contains("levels"), value("Hierarchy zip"));
        assertTrue(value("Privacy models").contains("k=5"), value("Privacy models"));
        assertEquals("5%", value("Suppression limit"));
        assertTrue(value("Data file").endsWith("patients.csv"), value("Data file"));
        assertFalse(value("Chosen transformation").isBlank());

        assertFalse(viewModel.audit().entries().isEmpty(), "the trail is listed");
        assertTrue(viewModel.audit().intactProperty().get());

        viewModel.rerunAndCompare();

        assertTrue(viewModel.checks().stream().allMatch(c -> c.status() == Status.HOLDS), viewModel.checks().toString());
        assertTrue(viewModel.checks().stream().anyMatch(c -> c.text().startsWith("Running the project again")
                || c.text().startsWith("No export is recorded")), viewModel.checks().toString());
        assertTrue(viewModel.allHoldProperty().get());
        assertEquals("Every check holds", viewModel.statusProperty().get());
    }

    @Test
    void aTamperedTrailShowsTheChainBroken(@TempDir Path folder) throws Exception {
        Path tampered = folder.resolve("tampered.veil");
        rewriteEntry(PROJECT, tampered, "audit.jsonl", text -> text.replace("Anonymize", "Anonymise"));
        Files.copy(HEALTH.resolve("patients.csv"), folder.resolve("patients.csv"));

        viewModel.open(tampered);

        assertTrue(viewModel.loadedProperty().get(), viewModel.statusProperty().get());
        assertFalse(viewModel.allHoldProperty().get());
        assertTrue(viewModel.checks().stream().anyMatch(c -> c.status() == Status.FAILED
                && c.text().toLowerCase().contains("broken")), viewModel.checks().toString());
        assertFalse(viewModel.audit().intactProperty().get());
    }

    @Test
    void aFileThatIsNoProjectFailsToRead(@TempDir Path folder) throws Exception {
        Path junk = Files.writeString(folder.resolve("junk.veil"), "not a zip");

        viewModel.open(junk);

        assertFalse(viewModel.loadedProperty().get());
        assertFalse(viewModel.allHoldProperty().get());
        assertEquals(Status.FAILED, viewModel.checks().get(0).status());
    }

    private String value(String name) {
        return viewModel.settings().stream().filter(s -> s.name().equals(name)).map(Setting::value).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing from " + viewModel.settings()));
    }

    private static void rewriteEntry(Path source, Path target, String name,
            java.util.function.UnaryOperator<String> change) throws Exception {
        try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(target); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                byte[] content = bytes.toByteArray();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
    }
}
