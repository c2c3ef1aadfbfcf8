package org.veil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers visible in the packages honest: ui and cli use service; service uses engine,
 * io and project; io and project use engine; engine uses nothing of ours and no UI or file-format
 * library, so it stays a fast, pure core that any front end can drive.
 *
 * <p>Outer layers may hold the value types of inner ones (a {@code Dataset}, read options, an
 * input source), but all work on files goes through the services: ui and cli never call a reader,
 * writer or detector of io themselves (see docs/adr/0001-layers.md).
 */
@AnalyzeClasses(packages = "org.veil", importOptions = LayerDependenciesTest.ProductionCodeOnly.class)
class LayerDependenciesTest {

    /**
     * Leaves out compiled tests wherever the build directory is ({@code -Dbuild.dir=...}), which
     * ArchUnit's own option only recognises under {@code target/}: test fixtures may read files.
     */
    static final class ProductionCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("ui").definedBy("org.veil.ui..")
            .layer("cli").definedBy("org.veil.cli..")
            .layer("service").definedBy("org.veil.service..")
            .layer("io").definedBy("org.veil.io..")
            .layer("project").definedBy("org.veil.project..")
            .layer("engine").definedBy("org.veil.engine..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("service", "ui", "cli")
            .whereLayer("project").mayOnlyBeAccessedByLayers("service", "ui", "cli")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("io", "project", "service", "ui", "cli");

    @ArchTest
    static final ArchRule engineIsPure = noClasses().that().resideInAPackage("org.veil.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.jfree..", "java.awt..", "javax.swing..",
                    "org.apache.commons.csv..", "org.apache.poi..", "picocli..",
                    "org.veil.io..", "org.veil.project..", "org.veil.service..", "org.veil.ui..", "org.veil.cli..")
            .because("the engine is pure Java: no UI toolkit, no file format, none of our outer layers");

    @ArchTest
    static final ArchRule frontEndsWorkOnFilesThroughServices = noClasses()
            .that().resideInAnyPackage("org.veil.ui..", "org.veil.cli..")
            .should().dependOnClassesThat(resideInAnyPackage("org.veil.io..", "org.veil.project..")
                    .and(simpleNameEndingWith("Reader").or(simpleNameEndingWith("Writer"))
                            .or(simpleNameEndingWith("Detector")).or(simpleNameEndingWith("Store"))))
            .because("reading and writing files are use cases of the service layer, shared by GUI and CLI");

    @ArchTest
    static final ArchRule serviceKnowsNoUi = noClasses().that().resideInAPackage("org.veil.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..")
            .because("the GUI and the CLI share the services, so services know neither");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.veil.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenFeaturePackages = slices().matching("org.veil.(*).(*)..")
            .should().beFreeOfCycles();
}
